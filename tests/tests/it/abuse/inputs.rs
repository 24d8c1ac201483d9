//! Inputs refused at the edge: control characters in any argument or variable (free text
//! alone may hold line breaks and tabs), and keys or names that would leave a record
//! unreachable, refused alike by edits and by imports.

use paradiplo::dataset::{self, Dataset};
use serde_json::{Value, json};

use crate::common::{TestApp, error_code, error_message, key, on_both_databases};
use crate::editing::{CREATE_CITY, city, count};
use crate::hardening::server_is_up;

on_both_databases!(
    a_control_character_in_any_read_argument_is_refused_naming_it,
    writes_refuse_control_characters_but_free_text_keeps_its_line_breaks,
    keys_and_names_are_checked_by_the_rules_edits_and_imports_share,
);

/// The server still answers, health check and data alike.
pub(super) async fn assert_healthy(app: &TestApp) {
    server_is_up(app).await;
    let data = app.data(r#"{ city(slug: "seoul") { nameEn } }"#).await;
    assert_eq!(data["city"]["nameEn"], "Seoul");
}

/// `response` is a BAD_USER_INPUT whose message contains each of `words`.
pub(super) fn assert_bad_input(response: &Value, words: &[&str]) {
    assert_eq!(error_code(response), "BAD_USER_INPUT", "{response:#}");
    for word in words {
        assert!(
            error_message(response).contains(word),
            "no `{word}` in {response:#}"
        );
    }
}

async fn a_control_character_in_any_read_argument_is_refused_naming_it(app: &TestApp) {
    let nul = "\u{0}";
    let cases = [
        (
            r#"{ city(slug: "se\u0000oul") { id } }"#,
            json!({}),
            "argument `slug`",
            "U+0000",
        ),
        (
            "query ($key: String!) { source(key: $key) { title } }",
            json!({ "key": format!("jpi-2020{nul}") }),
            "variable `$key`",
            "U+0000",
        ),
        // On SQLite this pattern was cut at the NUL and matched every city.
        (
            r#"{ cities(filter: { nameEn: { contains: "\u0000zzz" } }) { slug } }"#,
            json!({}),
            "argument `filter.nameEn.contains`",
            "U+0000",
        ),
        (
            r#"{ cities(filter: { slug: { in: ["seoul", "x\u0007"] } }) { slug } }"#,
            json!({}),
            "argument `filter.slug.in[1]`",
            "U+0007",
        ),
        (
            "query ($filter: CityFilter) { cities(filter: $filter) { slug } }",
            json!({ "filter": { "or": [{ "nameKo": { "startsWith": format!("서{nul}") } }] } }),
            "variable `$filter.or[0].nameKo.startsWith`",
            "U+0000",
        ),
        (
            r#"{ path(from: "seoul", to: "tokyo\u0000") { hops } }"#,
            json!({}),
            "argument `to`",
            "U+0000",
        ),
        (
            r#"{ timeline(city: "jeju\u0000") { date } }"#,
            json!({}),
            "argument `city`",
            "U+0000",
        ),
        (
            r#"{ node(id: "Q2l0eTpzZW91bA\u0000") { id } }"#,
            json!({}),
            "argument `id`",
            "U+0000",
        ),
        (
            r#"{ search(text: "seoul\u009b") { score } }"#,
            json!({}),
            "argument `text`",
            "U+009B",
        ),
        // A line break is a control character too, outside free text.
        (
            r#"{ city(slug: "seoul\n") { id } }"#,
            json!({}),
            "argument `slug`",
            "U+000A",
        ),
        (
            "query ($slug: String! = \"seoul\\r\") { city(slug: $slug) { id } }",
            json!({}),
            "variable `$slug`",
            "U+000D",
        ),
    ];
    for (query, variables, named, character) in cases {
        let response = app.graphql(query, variables).await;
        assert_bad_input(&response, &[named, character]);
    }
    assert_healthy(app).await;
}

async fn writes_refuse_control_characters_but_free_text_keeps_its_line_breaks(app: &TestApp) {
    let editor = key(app, "editor").await;
    let title = app
        .graphql_as(
            &editor,
            r#"mutation { createSource(input: { key: "nul-title", kind: WEB, title: "A\u0000page" }) { id } }"#,
            json!({}),
        )
        .await;
    assert_bad_input(&title, &["argument `input.title`", "U+0000"]);

    let idempotency = app
        .graphql_as(
            &editor,
            "mutation ($key: String) { createSource(input: { key: \"nul-key\", kind: WEB, title: \"A page\" }, idempotencyKey: $key) { id } }",
            json!({ "key": "retry-\u{0}" }),
        )
        .await;
    assert_bad_input(&idempotency, &["variable `$key`"]);

    let mut input = city("test\nville");
    let slug = app
        .graphql_as(&editor, CREATE_CITY, json!({ "input": input.clone() }))
        .await;
    assert_bad_input(&slug, &["variable `$input.slug`", "U+000A"]);
    input = city("testville");
    input["sources"][0]["locator"] = json!("p.\t1");
    let locator = app
        .graphql_as(&editor, CREATE_CITY, json!({ "input": input }))
        .await;
    assert_bad_input(
        &locator,
        &["variable `$input.sources[0].locator`", "U+0009"],
    );
    assert_eq!(count(app, "audit_log").await, 0, "nothing was written");

    let agreement =
        app.data("{ agreements(first: 1) { id version } }").await["agreements"][0].clone();
    let note = "Signed in two parts:\r\n\tfirst the charter,\n\tthen the annex.";
    let updated = app
        .graphql_as(
            &editor,
            r"mutation ($id: ID!, $version: Int!, $note: String) {
                updateAgreement(id: $id, version: $version, patch: { note: $note }) { note }
            }",
            json!({ "id": agreement["id"], "version": agreement["version"], "note": note }),
        )
        .await;
    assert_eq!(
        updated["data"]["updateAgreement"]["note"], note,
        "{updated:#}"
    );
    assert_healthy(app).await;
}

async fn keys_and_names_are_checked_by_the_rules_edits_and_imports_share(app: &TestApp) {
    let editor = key(app, "editor").await;
    for (slug, field) in [
        ("", "`slug`"),
        ("Bad Slug/../x", "`slug`"),
        ("under_score", "`slug`"),
        (&"a".repeat(65), "`slug`"),
    ] {
        let response = app
            .graphql_as(&editor, CREATE_CITY, json!({ "input": city(slug) }))
            .await;
        assert_bad_input(&response, &[field, "is not a slug"]);
    }
    let mut blank = city("testville");
    blank["nameEn"] = json!(" \u{3000} ");
    let response = app
        .graphql_as(&editor, CREATE_CITY, json!({ "input": blank }))
        .await;
    assert_bad_input(&response, &["`nameEn` is empty"]);
    let source = app
        .graphql_as(
            &editor,
            r#"mutation { createSource(input: { key: "Jpi 2021", kind: WEB, title: "A page" }) { id } }"#,
            json!({}),
        )
        .await;
    assert_bad_input(&source, &["`key`"]);
    let seoul = app.data(r#"{ city(slug: "seoul") { id version } }"#).await["city"].clone();
    let renamed = app
        .graphql_as(
            &editor,
            r#"mutation ($id: ID!, $version: Int!) {
                updateCity(id: $id, version: $version, patch: { slug: "", sources: [{ source: "jpi-2020", locator: "p. 1" }] }) { id }
            }"#,
            json!({ "id": seoul["id"], "version": seoul["version"] }),
        )
        .await;
    assert_bad_input(&renamed, &["`slug`"]);
    assert_eq!(count(app, "audit_log").await, 0, "nothing was written");

    // An import is held to the same rules, and loads nothing when a record breaks them.
    let cities = count(app, "city").await;
    let mut broken = Dataset::bundled().expect("the bundled dataset");
    broken.cities[0].slug = "Bad Slug/../x".into();
    broken.cities[1].name_ko = Some("  ".into());
    broken.sources[0].key = String::new();
    broken.country_groups[0].code = "asean".into();
    broken.statistics[0].metric = "sister-cities".into();
    broken.agreements[0].note = Some("a NUL \u{0} in a note".into());
    let error = dataset::import(&app.db, &broken)
        .await
        .expect_err("the broken dataset is refused")
        .to_string();
    for expected in [
        "cities.json: record `Bad Slug/../x`: `slug` `Bad Slug/../x` is not a slug",
        "`name_ko` is empty",
        "sources.json: record ``: `key` `` is not a slug",
        "`code` `asean` is not a group code",
        "`metric` `sister-cities` is not a metric",
        "`note` contains the control character U+0000",
    ] {
        assert!(error.contains(expected), "no `{expected}` in:\n{error}");
    }
    assert_eq!(count(app, "city").await, cities, "nothing was imported");
    assert_healthy(app).await;
}
