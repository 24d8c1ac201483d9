//! Identity and trust: an id names one record for its whole life, renames and other databases
//! loaded from the same files included; token claims are checked as documented; and a token
//! never passes for the API key whose name is its subject.

use migration::{Migrator, MigratorTrait};
use paradiplo::auth::{Role, keys};
use paradiplo::dataset::{self, Dataset};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::{Value, json};

use super::inputs::assert_healthy;
use crate::auth::{claims, now, token_signed_with};
use crate::common::{
    Backend, TEST_JWT_SECRET, TestApp, error_code, error_message, fresh_database, key,
    on_both_databases, spawn_with_tokens,
};
use crate::editing::{CREATE_CITY, city};
use crate::processes::Subscription;

on_both_databases!(with spawn_with_tokens:
    a_renamed_city_keeps_its_id_its_history_and_its_followers,
    ids_survive_export_and_import_into_another_database,
    token_claims_are_checked_as_documented,
    a_token_named_like_a_key_is_someone_else,
);

const RENAME_CITY: &str = r"
    mutation ($id: ID!, $version: Int!, $slug: String!) {
        updateCity(id: $id, version: $version, patch: { slug: $slug }) { id slug version }
    }";

/// The `data` of a response that must have succeeded.
fn data(response: Value) -> Value {
    assert!(response.get("errors").is_none(), "{response:#}");
    response["data"].clone()
}

async fn a_renamed_city_keeps_its_id_its_history_and_its_followers(app: &TestApp) {
    let editor = key(app, "editor").await;
    let created = data(
        app.graphql_as(&editor, CREATE_CITY, json!({ "input": city("testville") }))
            .await,
    );
    let id = created["createCity"]["id"].clone();
    let mut followers = Subscription::open(
        &app.url("/graphql/ws"),
        "subscription ($city: ID!) { recordChanged(city: $city) { recordType id action } }",
        json!({ "city": id }),
    )
    .await;

    let renamed = data(
        app.graphql_as(
            &editor,
            RENAME_CITY,
            json!({ "id": id, "version": 1, "slug": "testville-renamed" }),
        )
        .await,
    );
    assert_eq!(renamed["updateCity"]["id"], id, "a rename keeps the id");
    assert_eq!(renamed["updateCity"]["slug"], "testville-renamed");
    let change = followers.next().await;
    assert_eq!(
        change,
        json!({ "recordType": "CITY", "id": id, "action": "UPDATE" })
    );

    let found = data(
        app.graphql_as(
            &editor,
            r#"query ($id: ID!) {
                node(id: $id) { ... on City { slug history { action after } } }
                old: cities(filter: { slug: { eq: "testville" } }) { id }
            }"#,
            json!({ "id": id }),
        )
        .await,
    );
    assert_eq!(found["node"]["slug"], "testville-renamed");
    let history = found["node"]["history"].as_array().expect("a history");
    let actions: Vec<&Value> = history.iter().map(|entry| &entry["action"]).collect();
    assert_eq!(actions, ["UPDATE", "CREATE"], "history follows the record");
    assert_eq!(history[1]["after"]["slug"], "testville");
    assert_eq!(found["old"], json!([]), "the old slug names no city now");

    // The first slug stays the renamed city's id: no new city may take it.
    let taken = app
        .graphql_as(&editor, CREATE_CITY, json!({ "input": city("testville") }))
        .await;
    assert_eq!(error_code(&taken), "CONFLICT", "{taken:#}");
    assert!(error_message(&taken).contains("created with"), "{taken:#}");

    // Deleted and restored under the same id, which its followers keep hearing of.
    let deleted = data(
        app.graphql_as(
            &editor,
            r#"mutation ($id: ID!) { deleteCity(id: $id, version: 2, reason: "a test") { id } }"#,
            json!({ "id": id }),
        )
        .await,
    );
    assert_eq!(deleted["deleteCity"]["id"], id);
    assert_eq!(followers.next().await["action"], "DELETE");
    let restored = data(
        app.graphql_as(
            &editor,
            "mutation ($id: ID!) { restoreCity(id: $id) { id slug } }",
            json!({ "id": id }),
        )
        .await,
    );
    assert_eq!(
        restored["restoreCity"],
        json!({ "id": id, "slug": "testville-renamed" })
    );
    assert_eq!(followers.next().await["action"], "RESTORE");

    // Records about the city reach those who follow it by its id.
    data(
        app.graphql_as(
            &editor,
            r#"mutation {
                createAgreement(input: {
                    parties: ["testville-renamed", "seoul"], kind: FRIENDSHIP,
                    sources: [{ source: "jpi-2020", locator: "p. 2" }]
                }) { id }
            }"#,
            json!({}),
        )
        .await,
    );
    let change = followers.next().await;
    assert_eq!(change["recordType"], "AGREEMENT", "{change:#}");
    assert_healthy(app).await;
}

async fn ids_survive_export_and_import_into_another_database(app: &TestApp) {
    let seoul = app.data(r#"{ city(slug: "seoul") { id } }"#).await;
    assert_eq!(
        seoul["city"]["id"], "Q2l0eTpzZW91bA",
        "the bundled records keep their ids"
    );
    let editor = key(app, "editor").await;
    let created = data(
        app.graphql_as(&editor, CREATE_CITY, json!({ "input": city("testville") }))
            .await,
    );
    let id = created["createCity"]["id"].clone();
    let before = tempfile::tempdir().expect("a temporary directory");
    dataset::export(&app.db, before.path())
        .await
        .expect("export before the rename");
    data(
        app.graphql_as(
            &editor,
            RENAME_CITY,
            json!({ "id": id, "version": 1, "slug": "testville-renamed" }),
        )
        .await,
    );
    let after = tempfile::tempdir().expect("a temporary directory");
    dataset::export(&app.db, after.path())
        .await
        .expect("export after the rename");
    let cities = std::fs::read_to_string(after.path().join("cities.json")).expect("cities.json");
    assert!(
        cities.contains(
            r#""slug": "testville-renamed",
    "first_key": "testville","#
        ),
        "the files keep the first slug"
    );

    // Another database, loaded first with the files from before the rename, then after it.
    let backend = match app.db.get_database_backend() {
        DatabaseBackend::Sqlite => Backend::Sqlite,
        _ => Backend::Postgres,
    };
    let other = spawn_with_tokens(backend).await.expect("a second database");
    for (files, slug) in [(&before, "testville"), (&after, "testville-renamed")] {
        dataset::import(
            &other.db,
            &Dataset::read(files.path()).expect("read the files"),
        )
        .await
        .expect("import");
        let found = other
            .graphql(
                "query ($id: ID!) { node(id: $id) { ... on City { slug } } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(data(found)["node"]["slug"], slug);
    }
    let old = other
        .data(r#"{ cities(filter: { slug: { eq: "testville" } }) { id } }"#)
        .await;
    assert_eq!(old["cities"], json!([]), "the import renamed the city");
    assert_healthy(&other).await;
}

async fn token_claims_are_checked_as_documented(app: &TestApp) {
    const ME: &str = "{ me { name role } }";
    let with = |changes: Value| {
        let mut claims = claims("editor");
        for (claim, value) in changes.as_object().expect("claims") {
            claims[claim] = value.clone();
        }
        token_signed_with(TEST_JWT_SECRET, &claims)
    };
    let hour = 3600;
    for (changes, reason) in [
        (json!({ "nbf": now() + hour }), "not valid yet"),
        (json!({ "iat": now() + hour }), "issued in the future"),
        (json!({ "sub": "" }), "`sub`"),
        (json!({ "sub": "ada\nlovelace" }), "`sub`"),
        (json!({ "sub": "ada\u{0}" }), "`sub`"),
        (json!({ "role": "ADMIN" }), "`role`"),
        (json!({ "role": "Editor" }), "`role`"),
    ] {
        let response = app.graphql_as(&with(changes.clone()), ME, json!({})).await;
        assert_eq!(
            error_code(&response),
            "UNAUTHENTICATED",
            "{changes}: {response:#}"
        );
        assert!(
            error_message(&response).contains(reason),
            "{changes}: {response:#}"
        );
    }
    // Clocks may differ by the leeway `exp` has.
    let within = with(json!({ "nbf": now() + 30, "iat": now() + 30 }));
    let me = data(app.graphql_as(&within, ME, json!({})).await);
    assert_eq!(me["me"]["name"], "ada@example.org");
    assert_healthy(app).await;
}

async fn a_token_named_like_a_key_is_someone_else(app: &TestApp) {
    const CREATE_SOURCE: &str = r#"
        mutation ($key: String!, $retry: String) {
            createSource(input: { key: $key, kind: WEB, title: "A page" }, idempotencyKey: $retry) { id key }
        }"#;
    let api_key = keys::create(&app.db, "ed1", Role::Editor)
        .await
        .expect("an API key named ed1")
        .key;
    let mut token_claims = claims("editor");
    token_claims["sub"] = json!("ed1");
    let token = token_signed_with(TEST_JWT_SECRET, &token_claims);

    let by_key = json!({ "key": "first-page", "retry": "retry-1" });
    data(
        app.graphql_as(&api_key, CREATE_SOURCE, by_key.clone())
            .await,
    );
    // The key's request again, with its idempotency key, from the token: not a replay of the
    // key's answer, but a write of its own, which finds the source taken.
    let replayed = app.graphql_as(&token, CREATE_SOURCE, by_key).await;
    assert_eq!(error_code(&replayed), "CONFLICT", "{replayed:#}");
    // The idempotency key is the token's to use for a request of its own.
    data(
        app.graphql_as(
            &token,
            CREATE_SOURCE,
            json!({ "key": "second-page", "retry": "retry-1" }),
        )
        .await,
    );

    let log = data(
        app.graphql_as(
            &api_key,
            r#"{
                all: auditLog(filter: { recordType: SOURCE }) { actor after }
                token: auditLog(filter: { actor: "jwt:ed1" }) { after }
            }"#,
            json!({}),
        )
        .await,
    );
    let actors: Vec<(&Value, &Value)> = log["all"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|entry| (&entry["actor"], &entry["after"]["key"]))
        .collect();
    assert_eq!(
        actors,
        [
            (&json!("jwt:ed1"), &json!("second-page")),
            (&json!("key:ed1"), &json!("first-page")),
        ]
    );
    assert_eq!(log["token"].as_array().map(Vec::len), Some(1), "{log:#}");
    assert_healthy(app).await;
}

/// Writers that were named bare, before keys and tokens were told apart, are named by the
/// credential they most likely wrote with: `key:` when an API key has the name, else `jwt:`.
async fn bare_writer_names_become_key_or_jwt_names(backend: Backend) {
    let Some((db, _database)) = fresh_database(backend).await else {
        return;
    };
    let before = Migrator::migrations()
        .iter()
        .position(|migration| migration.name() == "m20261210_000007_actors_by_credential")
        .expect("the migration that names writers");
    Migrator::up(
        db.sea(),
        Some(u32::try_from(before).expect("a few migrations")),
    )
    .await
    .expect("up to it");
    let at = "'2026-11-25T12:00:00Z'";
    for sql in [
        format!(
            "INSERT INTO api_key (prefix, secret_hash, name, role, created_at) \
             VALUES ('abcdefghij', 'x', 'ed1', 'EDITOR', {at})"
        ),
        format!(
            "INSERT INTO idempotency_key (actor, key, request_hash, response, created_at) \
             VALUES ('ed1', 'retry-1', 'h', '{{}}', {at}), ('ada', 'retry-1', 'h', '{{}}', {at})"
        ),
        format!(
            "INSERT INTO deleted_record (record_type, record_id, record_key, record, version, \
             reason, deleted_by, deleted_at) VALUES ('Source', 1, 'x', '{{}}', 2, 'r', 'ed1', {at})"
        ),
    ] {
        db.execute_unprepared(&sql).await.expect("an old row");
    }
    let names = |sql: &'static str| {
        let db = db.clone();
        async move {
            db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
                .await
                .expect("the names")
                .iter()
                .map(|row| row.try_get::<String>("", "name").expect("a name"))
                .collect::<Vec<_>>()
        }
    };
    const ACTORS: &str = "SELECT actor AS name FROM idempotency_key ORDER BY actor";
    const DELETERS: &str = "SELECT deleted_by AS name FROM deleted_record";

    Migrator::up(db.sea(), Some(1)).await.expect("up");
    assert_eq!(names(ACTORS).await, ["jwt:ada", "key:ed1"]);
    assert_eq!(names(DELETERS).await, ["key:ed1"]);
    Migrator::down(db.sea(), Some(1)).await.expect("down");
    assert_eq!(names(ACTORS).await, ["ada", "ed1"]);
    assert_eq!(names(DELETERS).await, ["ed1"]);
}

#[tokio::test]
async fn bare_writer_names_become_key_or_jwt_names_on_sqlite() {
    bare_writer_names_become_key_or_jwt_names(Backend::Sqlite).await;
}

#[tokio::test]
async fn bare_writer_names_become_key_or_jwt_names_on_postgres() {
    bare_writer_names_become_key_or_jwt_names(Backend::Postgres).await;
}
