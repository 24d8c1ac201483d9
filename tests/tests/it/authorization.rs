//! The authorization matrix: every mutation field × every kind of caller. The allowed succeed,
//! each record mutation with exactly one audit entry; the others are refused with
//! UNAUTHENTICATED or FORBIDDEN and leave the database as it was.

use std::collections::{BTreeSet, HashMap};

use paradiplo::auth::Role;
use sea_orm::{ConnectionTrait, EntityTrait, Statement};
use serde_json::{Value, json};

use crate::auth::{claims, now, token, token_signed_with, unsigned_token};
use crate::common::{TEST_JWT_SECRET, TestApp, error_code, key, on_both_databases};

/// A kind of caller: how it authenticates, and the role the server should grant it (`None`
/// when the credential is missing or not valid, so that nothing is granted).
struct Principal {
    name: &'static str,
    authorization: Option<String>,
    role: Option<Role>,
}

impl Principal {
    fn may(&self, needs: Role) -> bool {
        self.role.is_some_and(|role| role >= needs)
    }

    /// The code a refusal of this caller carries.
    fn refusal(&self) -> &'static str {
        if self.role.is_some() {
            "FORBIDDEN"
        } else {
            "UNAUTHENTICATED"
        }
    }
}

/// Every kind of caller, the refused before the allowed: a refused caller sends the request the
/// first allowed one is about to send, so that it would be valid but for the credential.
async fn principals(app: &TestApp) -> Vec<Principal> {
    let bearer = |credential: String| Some(format!("Bearer {credential}"));
    let admin_token_with = |changes: Value| {
        let mut claims = claims("admin");
        for (claim, value) in changes.as_object().expect("claims") {
            claims[claim] = value.clone();
        }
        bearer(token_signed_with(TEST_JWT_SECRET, &claims))
    };
    let principal = |name, authorization, role| Principal {
        name,
        authorization,
        role,
    };
    vec![
        principal("anonymous", None, None),
        principal("malformed token", bearer("not.a.token".into()), None),
        principal(
            "expired JWT",
            admin_token_with(json!({ "exp": now() - 3600 })),
            None,
        ),
        principal("alg: none JWT", bearer(unsigned_token()), None),
        principal(
            "JWT for another audience",
            admin_token_with(json!({ "aud": "elsewhere" })),
            None,
        ),
        principal(
            "viewer key",
            bearer(key(app, "viewer").await),
            Some(Role::Viewer),
        ),
        principal("viewer JWT", bearer(token("viewer")), Some(Role::Viewer)),
        principal(
            "editor key",
            bearer(key(app, "editor").await),
            Some(Role::Editor),
        ),
        principal("editor JWT", bearer(token("editor")), Some(Role::Editor)),
        principal(
            "admin key",
            bearer(key(app, "admin").await),
            Some(Role::Admin),
        ),
        principal("admin JWT", bearer(token("admin")), Some(Role::Admin)),
    ]
}

/// A citation every record can carry.
fn cited() -> Value {
    json!([{ "source": "jpi-2020", "locator": "p. 1" }])
}

/// Cities of the bundled dataset with no agreement between them, no membership and no office:
/// slot `n` of the relations uses the `n`th.
const UNLINKED_CITIES: [&str; 11] = [
    "ankara",
    "astana",
    "athens",
    "bandung",
    "barcelona",
    "berlin",
    "bogota",
    "bonn",
    "brussels",
    "bucharest",
    "budapest",
];

/// An editable kind: its GraphQL type, its table, a valid new record whose natural key is its
/// own for each slot, and a valid patch.
struct Kind {
    name: &'static str,
    /// The type of `create…`'s input.
    input_type: &'static str,
    table: &'static str,
    input: fn(usize) -> Value,
    patch: fn() -> Value,
}

const KINDS: [Kind; 11] = [
    Kind {
        name: "Source",
        input_type: "SourceInput",
        table: "source",
        input: |n| json!({ "key": format!("matrix-{n}"), "kind": "WEB", "title": "A page" }),
        patch: || json!({ "title": "A retitled page" }),
    },
    Kind {
        name: "Country",
        input_type: "CountryInput",
        table: "country",
        input: |n| {
            // Codes the country catalogue knows and the bundled dataset does not use.
            const CODES: [&str; 12] = [
                "NO", "SE", "FI", "DK", "IS", "IE", "PT", "NL", "LU", "CZ", "SK", "SI",
            ];
            json!({ "code": CODES[n], "nameEn": "Testland", "nameKo": "테스트", "continent": "ASIA", "groups": [] })
        },
        patch: || json!({ "nameEn": "Renamed" }),
    },
    Kind {
        name: "City",
        input_type: "CityInput",
        table: "city",
        input: |n| {
            json!({ "slug": format!("matrix-{n}"), "nameEn": "Testville", "nameKo": "테스트빌",
                    "kind": "CITY", "country": "KR", "sources": cited() })
        },
        patch: || json!({ "nameEn": "Renamed" }),
    },
    Kind {
        name: "Organization",
        input_type: "OrganizationInput",
        table: "organization",
        input: |n| {
            json!({ "slug": format!("matrix-{n}"), "nameEn": "Testers", "nameKo": "테스터",
                    "kind": "OTHER", "sources": cited() })
        },
        patch: || json!({ "nameEn": "Renamed" }),
    },
    Kind {
        name: "Agreement",
        input_type: "AgreementInput",
        table: "agreement",
        input: |n| {
            json!({ "parties": ["abidjan", UNLINKED_CITIES[n]], "kind": "PARTNERSHIP",
                    "sources": cited() })
        },
        patch: || json!({ "note": "changed" }),
    },
    Kind {
        name: "Membership",
        input_type: "MembershipInput",
        table: "membership",
        input: |n| {
            json!({ "city": UNLINKED_CITIES[n], "organization": "c40", "role": "MEMBER",
                    "sources": cited() })
        },
        patch: || json!({ "note": "changed" }),
    },
    Kind {
        name: "HostedOffice",
        input_type: "HostedOfficeInput",
        table: "hosted_office",
        input: |n| {
            json!({ "organization": "c40", "city": UNLINKED_CITIES[n], "kind": "BRANCH_OFFICE",
                    "sources": cited() })
        },
        patch: || json!({ "nameEn": "Renamed" }),
    },
    Kind {
        name: "PolicyExport",
        input_type: "PolicyExportInput",
        table: "policy_export",
        input: |n| {
            json!({ "slug": format!("matrix-{n}"), "exporter": "seoul",
                    "titleEn": "A test export", "sector": "ENVIRONMENT",
                    "sources": cited() })
        },
        patch: || json!({ "note": "changed" }),
    },
    Kind {
        name: "Event",
        input_type: "EventInput",
        table: "event",
        input: |n| {
            json!({ "slug": format!("matrix-{n}"), "nameEn": "A test conference",
                    "kind": "CONFERENCE", "host": "seoul", "sources": cited() })
        },
        patch: || json!({ "note": "changed" }),
    },
    Kind {
        name: "Statistic",
        input_type: "StatisticInput",
        table: "statistic",
        input: |n| {
            json!({ "metric": format!("matrix_{n}"), "city": "seoul", "value": 1.0,
                    "unit": "count", "sources": cited() })
        },
        patch: || json!({ "note": "changed" }),
    },
    Kind {
        name: "Citation",
        input_type: "AddCitationInput",
        table: "citation",
        // C40 is cited already, so none of the matrix's citations is ever its last one.
        input: |n| json!({ "record": C40, "source": "jpi-2020", "locator": format!("matrix {n}") }),
        patch: || json!({ "locator": "changed" }),
    },
];

/// The global id of the C40 organization (`Organization:c40`).
const C40: &str = "T3JnYW5pemF0aW9uOmM0MA";

#[derive(Clone, Copy)]
enum Action {
    Create,
    Update,
    Delete,
    Restore,
}

/// What a mutation does, and to what.
enum Operation {
    Record(Action, &'static Kind),
    CreateApiKey,
    RevokeApiKey,
}

/// One row of the matrix: a mutation field and the role it needs.
struct Mutation {
    name: String,
    operation: Operation,
    needs: Role,
}

/// Every mutation, in an order where each request is valid: for each kind, create, update,
/// delete and restore the caller's own record; then the keys.
fn mutations() -> Vec<Mutation> {
    let mut mutations = Vec::new();
    for kind in &KINDS {
        for (verb, action) in [
            ("create", Action::Create),
            ("update", Action::Update),
            ("delete", Action::Delete),
            ("restore", Action::Restore),
        ] {
            mutations.push(Mutation {
                name: format!("{verb}{}", kind.name),
                operation: Operation::Record(action, kind),
                needs: Role::Editor,
            });
        }
    }
    mutations.push(Mutation {
        name: "createApiKey".into(),
        operation: Operation::CreateApiKey,
        needs: Role::Admin,
    });
    mutations.push(Mutation {
        name: "revokeApiKey".into(),
        operation: Operation::RevokeApiKey,
        needs: Role::Admin,
    });
    mutations
}

/// What the matrix has made so far: the global id of each slot's record of each kind, and an
/// API key to revoke for each slot.
#[derive(Default)]
struct Made {
    records: HashMap<(&'static str, usize), String>,
    keys: HashMap<usize, String>,
}

impl Made {
    fn record(&self, kind: &Kind, slot: usize) -> &str {
        self.records
            .get(&(kind.name, slot))
            .unwrap_or_else(|| panic!("slot {slot} has no {} yet", kind.name))
    }
}

/// The record's version as the API reads it now.
async fn version(app: &TestApp, kind: &Kind, id: &str) -> i64 {
    let query = format!(
        "query ($id: ID!) {{ node(id: $id) {{ ... on {} {{ version }} }} }}",
        kind.name
    );
    let response = app.graphql(&query, json!({ "id": id })).await;
    response["data"]["node"]["version"]
        .as_i64()
        .unwrap_or_else(|| panic!("the version of {id}: {response:#}"))
}

/// A valid request of `mutation` on `slot`'s record (or key), versions read just before.
async fn request(app: &TestApp, made: &Made, mutation: &Mutation, slot: usize) -> (String, Value) {
    let field = &mutation.name;
    match mutation.operation {
        Operation::Record(Action::Create, kind) => (
            format!(
                "mutation ($input: {}!) {{ {field}(input: $input) {{ id version }} }}",
                kind.input_type
            ),
            json!({ "input": (kind.input)(slot) }),
        ),
        Operation::Record(Action::Update, kind) => {
            let id = made.record(kind, slot);
            (
                format!(
                    "mutation ($id: ID!, $version: Int!, $patch: {}Patch!) \
                     {{ {field}(id: $id, version: $version, patch: $patch) {{ id version }} }}",
                    kind.name
                ),
                json!({ "id": id, "version": version(app, kind, id).await, "patch": (kind.patch)() }),
            )
        }
        Operation::Record(Action::Delete, kind) => {
            let id = made.record(kind, slot);
            (
                format!(
                    "mutation ($id: ID!, $version: Int!) \
                     {{ {field}(id: $id, version: $version, reason: \"a matrix test\") {{ id version }} }}"
                ),
                json!({ "id": id, "version": version(app, kind, id).await }),
            )
        }
        Operation::Record(Action::Restore, kind) => (
            format!("mutation ($id: ID!) {{ {field}(id: $id) {{ id version }} }}"),
            json!({ "id": made.record(kind, slot) }),
        ),
        Operation::CreateApiKey => (
            format!(
                "mutation ($name: String!) {{ {field}(name: $name, role: VIEWER) {{ key apiKey {{ id }} }} }}"
            ),
            json!({ "name": format!("matrix {slot}") }),
        ),
        Operation::RevokeApiKey => (
            format!("mutation ($id: ID!) {{ {field}(id: $id) {{ id revokedAt }} }}"),
            json!({ "id": made.keys[&slot] }),
        ),
    }
}

/// Everything a mutation could change, counted in one statement: rows and the sum of versions
/// of every editable table, and the rows of the write side's own tables and of the keys.
async fn footprint(app: &TestApp) -> Vec<(String, i64)> {
    let mut measures = vec![
        (
            "audit_log".to_string(),
            "SELECT count(*) FROM audit_log".to_string(),
        ),
        (
            "deleted_record".into(),
            "SELECT count(*) FROM deleted_record".into(),
        ),
        (
            "idempotency_key".into(),
            "SELECT count(*) FROM idempotency_key".into(),
        ),
        ("citation".into(), "SELECT count(*) FROM citation".into()),
        ("api_key".into(), "SELECT count(*) FROM api_key".into()),
        (
            "revoked api_key".into(),
            "SELECT count(*) FROM api_key WHERE revoked_at IS NOT NULL".into(),
        ),
    ];
    for kind in &KINDS {
        let table = kind.table;
        measures.push((table.into(), format!("SELECT count(*) FROM {table}")));
        measures.push((
            format!("{table} versions"),
            format!("SELECT coalesce(sum(version), 0) FROM {table}"),
        ));
    }
    let sql = format!(
        "SELECT {}",
        measures
            .iter()
            .enumerate()
            .map(|(i, (_, measure))| format!("CAST(({measure}) AS BIGINT) AS m{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let backend = app.db.get_database_backend();
    let row = app
        .db
        .query_one_raw(Statement::from_string(backend, sql))
        .await
        .expect("measure the database")
        .expect("a row");
    measures
        .into_iter()
        .enumerate()
        .map(|(i, (name, _))| {
            let value: i64 = row.try_get("", &format!("m{i}")).expect("a count");
            (name, value)
        })
        .collect()
}

fn measure(footprint: &[(String, i64)], name: &str) -> i64 {
    footprint
        .iter()
        .find(|(measured, _)| measured == name)
        .map(|(_, value)| *value)
        .expect("a measure")
}

/// The role the newest audit entry records.
async fn last_audited_role(app: &TestApp) -> String {
    let backend = app.db.get_database_backend();
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT role FROM audit_log ORDER BY id DESC LIMIT 1",
        ))
        .await
        .expect("read the audit log")
        .expect("an audit entry");
    row.try_get("", "role").expect("a role")
}

async fn mutation_fields(app: &TestApp) -> BTreeSet<String> {
    let data = app
        .data("{ __schema { mutationType { fields { name } } } }")
        .await;
    data["__schema"]["mutationType"]["fields"]
        .as_array()
        .expect("mutation fields")
        .iter()
        .map(|field| field["name"].as_str().expect("a name").to_string())
        .collect()
}

async fn every_mutation_admits_exactly_the_roles_it_needs(app: &TestApp) {
    // Arrange: the matrix covers every mutation field, and an API key waits to be revoked in
    // each slot.
    let mutations = mutations();
    let covered: BTreeSet<String> = mutations.iter().map(|row| row.name.clone()).collect();
    assert_eq!(
        mutation_fields(app).await,
        covered,
        "every mutation field needs a row in the matrix, and every row a field"
    );
    let principals = principals(app).await;
    let mut made = Made::default();
    for slot in 0..principals.len() {
        let key = key(app, "viewer").await;
        let prefix = key.split('_').nth(1).expect("pdk_<prefix>_<secret>");
        let id = entity::api_key::Entity::find()
            .all(&app.db)
            .await
            .expect("keys")
            .into_iter()
            .find(|stored| stored.prefix == prefix)
            .expect("the key just made")
            .id;
        made.keys.insert(slot, id.to_string());
    }
    let audit_before = measure(&footprint(app).await, "audit_log");
    let mut audited_successes = 0;

    for mutation in &mutations {
        let first_allowed = principals
            .iter()
            .position(|principal| principal.may(mutation.needs))
            .expect("someone may call every mutation");
        assert!(
            principals[first_allowed..]
                .iter()
                .all(|principal| principal.may(mutation.needs)),
            "the refused come before the allowed in the table of principals"
        );
        for (index, principal) in principals.iter().enumerate() {
            let allowed = principal.may(mutation.needs);
            let slot = if allowed { index } else { first_allowed };
            let (query, variables) = request(app, &made, mutation, slot).await;
            let before = footprint(app).await;

            // Act
            let response: Value = app
                .post_graphql(principal.authorization.as_deref(), &query, variables)
                .await
                .json()
                .await
                .expect("a JSON response");

            // Assert
            let after = footprint(app).await;
            let call = format!("{} by {}", mutation.name, principal.name);
            if !allowed {
                assert_eq!(
                    error_code(&response),
                    principal.refusal(),
                    "{call}: {response:#}"
                );
                assert!(response["data"].is_null(), "{call}: {response:#}");
                assert_eq!(before, after, "{call} changed the database");
                continue;
            }
            assert!(response.get("errors").is_none(), "{call}: {response:#}");
            let answer = &response["data"][&mutation.name];
            let audited = measure(&after, "audit_log") - measure(&before, "audit_log");
            match mutation.operation {
                Operation::Record(action, kind) => {
                    assert_eq!(audited, 1, "{call} writes one audit entry");
                    audited_successes += 1;
                    let role = principal.role.expect("an allowed role").as_stored();
                    assert_eq!(last_audited_role(app).await, role, "{call}");
                    if let Action::Create = action {
                        let id = answer["id"].as_str().expect("an id").to_string();
                        made.records.insert((kind.name, slot), id);
                    }
                }
                Operation::CreateApiKey => {
                    assert_eq!(audited, 0, "{call}");
                    assert!(answer["key"].is_string(), "{call}: {response:#}");
                    assert_eq!(measure(&after, "api_key"), measure(&before, "api_key") + 1);
                }
                Operation::RevokeApiKey => {
                    assert_eq!(audited, 0, "{call}");
                    assert!(answer["revokedAt"].is_string(), "{call}: {response:#}");
                    assert_eq!(
                        measure(&after, "revoked api_key"),
                        measure(&before, "revoked api_key") + 1
                    );
                }
            }
        }
    }

    let audit_after = measure(&footprint(app).await, "audit_log");
    assert_eq!(
        audit_after - audit_before,
        audited_successes,
        "one audit entry for each successful record mutation, and none else"
    );
    let allowed_editors = principals
        .iter()
        .filter(|principal| principal.may(Role::Editor))
        .count();
    assert_eq!(
        audited_successes,
        i64::try_from(allowed_editors * KINDS.len() * 4).expect("a small number")
    );
}

on_both_databases!(with spawn_with_tokens:
    every_mutation_admits_exactly_the_roles_it_needs,
);
