"""What Python's `gql` client reads of a running paradiplo server: answers in query order, a failed
field `null` with its error's path, the nearest nullable parent nulled for a failed non-null field.

    python tests/http-audit/clients.py [URL]      (default http://127.0.0.1:8000/graphql)
"""

import sys

from gql import Client, gql
from gql.transport.exceptions import TransportQueryError
from gql.transport.requests import RequestsHTTPTransport

URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000/graphql"


def client():
    return Client(transport=RequestsHTTPTransport(url=URL, retries=0))


def failing(query):
    """The data and error paths of an answer with errors."""
    try:
        client().execute(gql(query))
    except TransportQueryError as error:
        return error.data, [entry.get("path") for entry in error.errors]
    raise AssertionError("expected errors")


def main():
    data = client().execute(
        gql(
            '{ city(slug: "seoul") { nameKo nameEn memberships { organization { acronym } '
            "joinedYear role } slug country { code } } }"
        )
    )
    assert list(data) == ["city"], data
    assert list(data["city"]) == ["nameKo", "nameEn", "memberships", "slug", "country"], data
    for membership in data["city"]["memberships"]:
        assert list(membership) == ["organization", "joinedYear", "role"], membership

    data, paths = failing(
        '{ a: city(slug: "atlantis") { nameEn } b: city(slug: "seoul") { nameEn } }'
    )
    assert list(data) == ["a", "b"] and data["a"] is None, data
    assert paths == [["a"]], paths

    data, paths = failing(
        '{ city(slug: "seoul") { nameEn history { actor } } other: city(slug: "tokyo") { nameEn } }'
    )
    assert data == {"city": None, "other": {"nameEn": "Tokyo"}}, data
    assert paths == [["city", "history"]], paths
    print("gql read spec-shaped answers: 3 checks passed")


if __name__ == "__main__":
    main()
