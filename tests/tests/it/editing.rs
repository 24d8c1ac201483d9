//! The write side: validation, citations, versions, natural keys, idempotency, soft delete and
//! restore, and the audit trail, under concurrency too.

use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::common::{TestApp, error_code, error_message, key, on_both_databases};

/// Sends mutations with an editor's API key.
pub(super) struct Editor<'a> {
    app: &'a TestApp,
    key: String,
}

impl<'a> Editor<'a> {
    pub(super) async fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            key: key(app, "editor").await,
        }
    }

    pub(super) async fn edit(&self, query: &str, variables: Value) -> Value {
        self.app.graphql_as(&self.key, query, variables).await
    }
}

pub(super) async fn count(app: &TestApp, sql: &str) -> i64 {
    let backend = app.db.get_database_backend();
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT count(*) AS n FROM {sql}"),
        ))
        .await
        .expect("count")
        .expect("a row");
    row.try_get("", "n").expect("a count")
}

pub(crate) const CREATE_CITY: &str = r#"
    mutation ($input: CityInput!, $key: String) {
        createCity(input: $input, idempotencyKey: $key) { id slug nameEn version country { code } }
    }"#;

pub(super) const CREATE_SOURCE: &str = r#"
    mutation ($key: String!, $idempotencyKey: String) {
        createSource(input: { key: $key, kind: WEB, title: "A page" }, idempotencyKey: $idempotencyKey) {
            id key version
        }
    }"#;

pub(crate) fn city(slug: &str) -> Value {
    json!({
        "slug": slug,
        "nameEn": "Testville",
        "nameKo": "테스트빌",
        "kind": "CITY",
        "country": "KR",
        "sources": [{ "source": "jpi-2020", "locator": "p. 1" }]
    })
}

async fn a_city_needs_a_citation_and_valid_fields(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let mut input = city("testville");
    input["sources"] = json!([]);
    let response = editor.edit(CREATE_CITY, json!({ "input": input })).await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
    assert!(
        error_message(&response).contains("`sources`"),
        "{response:#}"
    );

    let mut input = city("testville");
    input["latitude"] = json!(123.0);
    let response = editor.edit(CREATE_CITY, json!({ "input": input })).await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
    assert!(
        error_message(&response).contains("`latitude`"),
        "{response:#}"
    );

    let mut input = city("testville");
    input["country"] = json!("XX");
    let response = editor.edit(CREATE_CITY, json!({ "input": input })).await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
    assert!(error_message(&response).contains("XX"), "{response:#}");
    assert_eq!(count(app, "city WHERE slug = 'testville'").await, 0);
    assert_eq!(count(app, "audit_log").await, 0);
}

async fn a_city_is_created_updated_deleted_and_restored_with_its_history(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let created = editor
        .edit(CREATE_CITY, json!({ "input": city("testville") }))
        .await;
    let created = &created["data"]["createCity"];
    assert_eq!(created["version"], 1, "{created:#}");
    assert_eq!(created["country"]["code"], "KR");
    let id = created["id"].as_str().expect("an id").to_string();

    let updated = editor
        .edit(
            r#"mutation ($id: ID!) {
            updateCity(id: $id, version: 1, patch: { nameEn: "Testburg", latitude: 37.5 }) {
                nameEn nameKo version latitude sources { locator }
            }
        }"#,
            json!({ "id": id }),
        )
        .await;
    assert!(updated.get("errors").is_none(), "{updated:#}");
    let updated = &updated["data"]["updateCity"];
    assert_eq!(updated["nameEn"], "Testburg");
    assert_eq!(updated["nameKo"], "테스트빌", "fields left out are kept");
    assert_eq!(updated["version"], 2);
    assert_eq!(updated["sources"][0]["locator"], "p. 1");

    let stale = editor.edit(
        r#"mutation ($id: ID!) { updateCity(id: $id, version: 1, patch: { nameEn: "Lost" }) { version } }"#,
        json!({ "id": id }),
    )
    .await;
    assert_eq!(error_code(&stale), "VERSION_CONFLICT");

    let deleted = editor.edit(
        r#"mutation ($id: ID!) { deleteCity(id: $id, version: 2, reason: "a test city") { id version reason } }"#,
        json!({ "id": id }),
    )
    .await;
    assert_eq!(deleted["data"]["deleteCity"]["version"], 3, "{deleted:#}");
    let gone = app
        .graphql(
            "query ($id: ID!) { node(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(error_code(&gone), "NOT_FOUND");
    assert_eq!(
        count(
            app,
            "citation c JOIN city ON city.id = c.city_id WHERE city.slug = 'testville'"
        )
        .await,
        0
    );

    let restored = editor.edit(
        r#"mutation ($id: ID!) { restoreCity(id: $id) { id nameEn version sources { locator } } }"#,
        json!({ "id": id }),
    )
    .await;
    let restored = &restored["data"]["restoreCity"];
    assert_eq!(restored["id"], id.as_str(), "{restored:#}");
    assert_eq!(restored["nameEn"], "Testburg");
    assert_eq!(restored["version"], 4);
    assert_eq!(restored["sources"][0]["locator"], "p. 1");

    assert_eq!(count(app, "audit_log WHERE record_type = 'City'").await, 4);
    let history = editor
        .edit(
            r#"{ city(slug: "testville") { history { action before after reason } } }"#,
            json!({}),
        )
        .await;
    let history = &history["data"]["city"]["history"];
    let actions: Vec<&str> = history
        .as_array()
        .expect("a history")
        .iter()
        .filter_map(|entry| entry["action"].as_str())
        .collect();
    assert_eq!(
        actions,
        ["RESTORE", "DELETE", "UPDATE", "CREATE"],
        "{history:#}"
    );
    assert_eq!(history[1]["reason"], "a test city");
    assert_eq!(history[2]["before"]["name_en"], "Testville");
    assert_eq!(history[2]["after"]["name_en"], "Testburg");
}

async fn a_taken_natural_key_is_a_conflict_naming_it(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let seoul = app.data(r#"{ city(slug: "seoul") { id version } }"#).await;
    let referred = editor
        .edit(
            r#"mutation ($id: ID!, $version: Int!) { deleteCity(id: $id, version: $version, reason: "r") { version } }"#,
            json!({ "id": seoul["city"]["id"], "version": seoul["city"]["version"] }),
        )
        .await;
    assert_eq!(error_code(&referred), "CONFLICT", "{referred:#}");
    assert!(
        error_message(&referred).contains("still referred to"),
        "{referred:#}"
    );
    assert_eq!(count(app, "city WHERE slug = 'seoul'").await, 1);

    let response = editor
        .edit(CREATE_CITY, json!({ "input": city("seoul") }))
        .await;
    assert_eq!(error_code(&response), "CONFLICT", "{response:#}");
    assert!(error_message(&response).contains("slug"), "{response:#}");
    assert!(error_message(&response).contains("seoul"), "{response:#}");
}

async fn a_retried_keyed_create_answers_again_and_writes_once(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let variables = json!({ "input": city("testville"), "key": "create-testville" });
    let first = editor.edit(CREATE_CITY, variables.clone()).await;
    assert!(first.get("errors").is_none(), "{first:#}");
    let again = editor.edit(CREATE_CITY, variables).await;
    assert_eq!(first, again);
    assert_eq!(count(app, "city WHERE slug = 'testville'").await, 1);
    assert_eq!(count(app, "audit_log").await, 1);

    let mut other = city("otherville");
    other["nameEn"] = json!("Otherville");
    let reused = editor
        .edit(
            CREATE_CITY,
            json!({ "input": other, "key": "create-testville" }),
        )
        .await;
    assert_eq!(error_code(&reused), "IDEMPOTENCY_KEY_REUSED");
    assert_eq!(count(app, "city WHERE slug = 'otherville'").await, 0);
}

/// Citations are records too: added to a fact, changed, removed (never the last) and restored.
async fn citations_are_edited_and_a_fact_keeps_at_least_one(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let seoul = app
        .data(r#"{ city(slug: "seoul") { id sources { id } } }"#)
        .await;
    let seoul_id = seoul["city"]["id"].as_str().expect("an id").to_string();
    let cited_before = seoul["city"]["sources"].as_array().expect("sources").len();

    let add = r#"mutation ($record: ID!, $locator: String!) {
        createCitation(input: { record: $record, source: "jpi-2020", locator: $locator }) { id locator version }
    }"#;
    let kept = editor
        .edit(add, json!({ "record": seoul_id, "locator": "p. 98" }))
        .await;
    assert!(kept.get("errors").is_none(), "{kept:#}");
    let added = editor
        .edit(add, json!({ "record": seoul_id, "locator": "p. 99" }))
        .await;
    assert!(added.get("errors").is_none(), "{added:#}");
    let citation = added["data"]["createCitation"]["id"]
        .as_str()
        .expect("an id")
        .to_string();
    let changed = editor
        .edit(
            r#"mutation ($id: ID!) { updateCitation(id: $id, version: 1, patch: { locator: "p. 100" }) { locator version } }"#,
            json!({ "id": citation }),
        )
        .await;
    assert_eq!(
        changed["data"]["updateCitation"]["locator"], "p. 100",
        "{changed:#}"
    );
    let seoul = app
        .data(r#"{ city(slug: "seoul") { sources { locator } } }"#)
        .await;
    assert_eq!(
        seoul["city"]["sources"].as_array().expect("sources").len(),
        cited_before + 2
    );

    let deleted = editor
        .edit(
            r#"mutation ($id: ID!) { deleteCitation(id: $id, version: 2, reason: "duplicate") { version } }"#,
            json!({ "id": citation }),
        )
        .await;
    assert_eq!(
        deleted["data"]["deleteCitation"]["version"], 3,
        "{deleted:#}"
    );
    let restored = editor
        .edit(
            r#"mutation ($id: ID!) { restoreCitation(id: $id) { locator version } }"#,
            json!({ "id": citation }),
        )
        .await;
    assert_eq!(
        restored["data"]["restoreCitation"]["locator"], "p. 100",
        "{restored:#}"
    );

    let created = editor
        .edit(CREATE_CITY, json!({ "input": city("testville") }))
        .await;
    let only = app
        .data(r#"{ city(slug: "testville") { sources { id version } } }"#)
        .await;
    let only = &only["city"]["sources"][0];
    assert!(created.get("errors").is_none(), "{created:#}");
    let last = editor
        .edit(
            r#"mutation ($id: ID!, $version: Int!) { deleteCitation(id: $id, version: $version, reason: "r") { version } }"#,
            json!({ "id": only["id"], "version": only["version"] }),
        )
        .await;
    assert_eq!(error_code(&last), "CONFLICT");
    assert!(error_message(&last).contains("last citation"), "{last:#}");
}

/// A key can be deleted, taken again and deleted again; restore brings back the latest.
async fn a_natural_key_can_be_deleted_twice_and_the_latest_restored(app: &TestApp) {
    let editor = &Editor::new(app).await;
    for name in ["First", "Second"] {
        let mut input = city("testville");
        input["nameEn"] = json!(name);
        let created = editor.edit(CREATE_CITY, json!({ "input": input })).await;
        assert!(created.get("errors").is_none(), "{created:#}");
        let deleted = editor
            .edit(
                r#"mutation ($id: ID!) { deleteCity(id: $id, version: 1, reason: "again") { version } }"#,
                json!({ "id": created["data"]["createCity"]["id"] }),
            )
            .await;
        assert!(deleted.get("errors").is_none(), "{deleted:#}");
    }
    let restored = editor
        .edit(
            r#"mutation { restoreCity(id: "Q2l0eTp0ZXN0dmlsbGU") { nameEn } }"#,
            json!({}),
        )
        .await;
    assert_eq!(
        restored["data"]["restoreCity"]["nameEn"], "Second",
        "{restored:#}"
    );
}

/// Search sees a record as soon as it is written, and forgets it once it is deleted.
async fn writes_refresh_the_search_index(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let search = r#"{ search(text: "zanzibarville") { node { ... on City { slug } } } }"#;
    let mut input = city("zanzibarville");
    input["nameEn"] = json!("Zanzibarville");
    let created = editor.edit(CREATE_CITY, json!({ "input": input })).await;
    assert!(created.get("errors").is_none(), "{created:#}");
    let found = app.data(search).await;
    assert_eq!(
        found["search"][0]["node"]["slug"], "zanzibarville",
        "{found:#}"
    );

    let id = created["data"]["createCity"]["id"].clone();
    let deleted = editor
        .edit(
            r#"mutation ($id: ID!) { deleteCity(id: $id, version: 1, reason: "test") { version } }"#,
            json!({ "id": id }),
        )
        .await;
    assert!(deleted.get("errors").is_none(), "{deleted:#}");
    assert_eq!(app.data(search).await["search"], json!([]));
}

on_both_databases!(
    a_city_needs_a_citation_and_valid_fields,
    a_city_is_created_updated_deleted_and_restored_with_its_history,
    a_taken_natural_key_is_a_conflict_naming_it,
    a_retried_keyed_create_answers_again_and_writes_once,
    only_editors_and_admins_write,
    citations_are_edited_and_a_fact_keeps_at_least_one,
    writes_refresh_the_search_index,
    a_natural_key_can_be_deleted_twice_and_the_latest_restored,
    an_agreement_is_written_with_the_names_it_is_read_with,
    an_event_is_written_with_the_names_it_is_read_with,
    former_input_names_still_work_and_may_not_contradict_the_new_ones,
    audit_entries_and_deletions_name_types_actions_and_roles_as_the_filters_do,
);

/// Writes need an editor: anonymous callers, bad keys and viewers are refused and write nothing.
/// Reading the audit log needs a credential; a viewer's does.
async fn only_editors_and_admins_write(app: &TestApp) {
    let viewer = key(app, "viewer").await;
    let admin = key(app, "admin").await;
    let variables = json!({ "key": "guarded" });
    let anonymous = app.graphql(CREATE_SOURCE, variables.clone()).await;
    assert_eq!(error_code(&anonymous), "UNAUTHENTICATED");
    let malformed = app
        .graphql_as("pdk_nope_nope", CREATE_SOURCE, variables.clone())
        .await;
    assert_eq!(error_code(&malformed), "UNAUTHENTICATED");
    let refused = app
        .graphql_as(&viewer, CREATE_SOURCE, variables.clone())
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN");
    assert_eq!(count(app, "source WHERE key = 'guarded'").await, 0);
    assert_eq!(count(app, "audit_log").await, 0);
    let history = app.graphql("{ auditLog { sequence } }", json!({})).await;
    assert_eq!(error_code(&history), "UNAUTHENTICATED");

    let created = app.graphql_as(&admin, CREATE_SOURCE, variables).await;
    assert!(created.get("errors").is_none(), "{created:#}");
    let log = app
        .graphql_as(
            &viewer,
            r#"{ auditLog(filter: { recordType: SOURCE }) { actor role action recordType after } }"#,
            json!({}),
        )
        .await;
    let entry = &log["data"]["auditLog"][0];
    assert_eq!(entry["actor"], "key:test admin", "{log:#}");
    assert_eq!(entry["action"], "CREATE");
    assert_eq!(entry["after"]["key"], "guarded");
}

const CREATE_AGREEMENT: &str = r#"
    mutation ($input: AgreementInput!) {
        createAgreement(input: $input) { id version signedOn endedOn status }
    }"#;

const UPDATE_AGREEMENT: &str = r#"
    mutation ($id: ID!, $version: Int!, $patch: AgreementPatch!) {
        updateAgreement(id: $id, version: $version, patch: $patch) { version signedOn endedOn }
    }"#;

/// An agreement the bundled data does not have, with its dates under `signedOn`/`endedOn`.
fn seoul_and_jeju(dates: Value) -> Value {
    let mut input = json!({
        "parties": ["seoul", "jeju"],
        "kind": "FRIENDSHIP",
        "status": "ACTIVE",
        "sources": [{ "source": "jpi-2020", "locator": "p. 1" }]
    });
    for (field, value) in dates.as_object().expect("dates") {
        input[field] = value.clone();
    }
    input
}

/// Issue contract: inputs name a fact as the output does (`signedOn`, `endedOn`).
async fn an_agreement_is_written_with_the_names_it_is_read_with(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let input = seoul_and_jeju(json!({ "signedOn": "1998-05", "endedOn": "1999" }));
    let created = editor
        .edit(CREATE_AGREEMENT, json!({ "input": input }))
        .await;
    let created = &created["data"]["createAgreement"];
    assert_eq!(created["signedOn"], "1998-05", "{created:#}");
    assert_eq!(created["endedOn"], "1999");

    let patch = |patch: Value| json!({ "id": created["id"], "version": 1, "patch": patch });
    let backwards = editor
        .edit(UPDATE_AGREEMENT, patch(json!({ "endedOn": "1990" })))
        .await;
    assert_eq!(error_code(&backwards), "BAD_USER_INPUT", "{backwards:#}");
    assert_eq!(
        error_message(&backwards),
        "`endedOn` (1990) is before `signedOn` (1998-05)",
        "validation names the fields as the input does"
    );

    let updated = editor
        .edit(
            UPDATE_AGREEMENT,
            patch(json!({ "signedOn": "1998-05-12", "endedOn": null })),
        )
        .await;
    let updated = &updated["data"]["updateAgreement"];
    assert_eq!(updated["version"], 2, "{updated:#}");
    assert_eq!(updated["signedOn"], "1998-05-12");
    assert_eq!(updated["endedOn"], Value::Null, "null clears it");
}

/// Issue contract: inputs name a fact as the output does (`startsOn`, `endsOn`).
async fn an_event_is_written_with_the_names_it_is_read_with(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let created = editor
        .edit(
            r#"mutation {
                createEvent(input: {
                    slug: "test-forum", nameEn: "Test Forum", kind: FORUM, host: "seoul",
                    startsOn: "2024-10-01", endsOn: "2024-10-03",
                    sources: [{ source: "jpi-2020", locator: "p. 1" }]
                }) { id startsOn endsOn year }
            }"#,
            json!({}),
        )
        .await;
    let created = &created["data"]["createEvent"];
    assert_eq!(created["startsOn"], "2024-10-01", "{created:#}");
    assert_eq!(created["endsOn"], "2024-10-03");
    assert_eq!(created["year"], 2024);

    let updated = editor
        .edit(
            r#"mutation ($id: ID!) {
                updateEvent(id: $id, version: 1, patch: { startsOn: "2024-09", endsOn: "2024-09" }) {
                    version startsOn endsOn
                }
            }"#,
            json!({ "id": created["id"] }),
        )
        .await;
    let updated = &updated["data"]["updateEvent"];
    assert_eq!(updated["version"], 2, "{updated:#}");
    assert_eq!(updated["startsOn"], "2024-09");
    assert_eq!(updated["endsOn"], "2024-09");
}

/// Issue contract: the former input names keep working for now (they are deprecated in the
/// schema); a former and a new name for one fact must agree.
async fn former_input_names_still_work_and_may_not_contradict_the_new_ones(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let both = seoul_and_jeju(json!({ "signed": "1998", "signedOn": "1999" }));
    let refused = editor
        .edit(CREATE_AGREEMENT, json!({ "input": both }))
        .await;
    assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused:#}");
    assert_eq!(
        error_message(&refused),
        "`signedOn` and `signed` (its former name) are both given, with different values; \
         send only `signedOn`"
    );
    assert_eq!(count(app, "agreement").await, 58, "nothing was written");

    let former = seoul_and_jeju(json!({ "signed": "1998", "signedOn": "1998", "ended": "1999" }));
    let created = editor
        .edit(CREATE_AGREEMENT, json!({ "input": former }))
        .await;
    let created = &created["data"]["createAgreement"];
    assert_eq!(created["signedOn"], "1998", "{created:#}");
    assert_eq!(created["endedOn"], "1999");

    let patch = |version: i32, patch: Value| json!({ "id": created["id"], "version": version, "patch": patch });
    let updated = editor
        .edit(UPDATE_AGREEMENT, patch(1, json!({ "ended": null })))
        .await;
    assert_eq!(
        updated["data"]["updateAgreement"]["endedOn"],
        Value::Null,
        "{updated:#}"
    );
    let contradicting = editor
        .edit(
            UPDATE_AGREEMENT,
            patch(2, json!({ "ended": "2001", "endedOn": null })),
        )
        .await;
    assert_eq!(error_code(&contradicting), "BAD_USER_INPUT");
    assert!(
        error_message(&contradicting).contains("`endedOn` and `ended`"),
        "{contradicting:#}"
    );

    let event = editor
        .edit(
            r#"mutation {
                createEvent(input: {
                    slug: "old-names-forum", nameEn: "Old Names Forum", kind: FORUM, start: "2020", end: "2021",
                    sources: [{ source: "jpi-2020", locator: "p. 1" }]
                }) { startsOn endsOn }
            }"#,
            json!({}),
        )
        .await;
    assert_eq!(
        event["data"]["createEvent"],
        json!({ "startsOn": "2020", "endsOn": "2021" }),
        "{event:#}"
    );

    let viewer = key(app, "viewer").await;
    let agreement_log = |filter: &str| {
        format!(
            "{{ auditLog(filter: {{ {filter}: \"{}\" }}) {{ action }} }}",
            created["id"].as_str().unwrap_or_default()
        )
    };
    for filter in ["recordId", "record"] {
        let log = app
            .graphql_as(&viewer, &agreement_log(filter), json!({}))
            .await;
        assert_eq!(
            log["data"]["auditLog"],
            json!([{ "action": "UPDATE" }, { "action": "CREATE" }]),
            "{filter}: {log:#}"
        );
    }
}

/// Issue contract: a fact has one type everywhere: the audit log and deletions answer the
/// record types, actions and roles that filters and subscriptions take.
async fn audit_entries_and_deletions_name_types_actions_and_roles_as_the_filters_do(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let created = editor.edit(CREATE_SOURCE, json!({ "key": "typed" })).await;
    let deleted = editor
        .edit(
            r#"mutation ($id: ID!) { deleteSource(id: $id, version: 1, reason: "a test") { recordType } }"#,
            json!({ "id": created["data"]["createSource"]["id"] }),
        )
        .await;
    assert_eq!(
        deleted["data"]["deleteSource"]["recordType"], "SOURCE",
        "{deleted:#}"
    );
    let log = editor
        .edit(
            r#"{ auditLog(filter: { recordType: SOURCE }) { recordType action role } }"#,
            json!({}),
        )
        .await;
    assert_eq!(
        log["data"]["auditLog"],
        json!([
            { "recordType": "SOURCE", "action": "DELETE", "role": "EDITOR" },
            { "recordType": "SOURCE", "action": "CREATE", "role": "EDITOR" },
        ]),
        "{log:#}"
    );
}
