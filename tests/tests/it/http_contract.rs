//! HTTP that browsers, caches and scrapers get right: private answers never shared, CORS for
//! real GraphQL clients, metrics under the content type of the format written, coded JSON
//! bodies for refusals at the edge, request ids and echoed values kept short, and request
//! bodies that mean one thing.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::{Backend, TestApp, key, spawn_app, spawn_app_with};

async fn sqlite_app() -> TestApp {
    spawn_app(Backend::Sqlite).await.expect("SQLite")
}

fn header<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response
        .headers()
        .get(name)
        .and_then(|value| value.to_str().ok())
}

async fn get_query(app: &TestApp, query: &str, authorization: Option<&str>) -> reqwest::Response {
    let url =
        reqwest::Url::parse_with_params(&app.url("/graphql"), [("query", query)]).expect("a URL");
    let mut request = app.client.get(url);
    if let Some(authorization) = authorization {
        request = request.header("authorization", authorization);
    }
    request.send().await.expect("the server answers")
}

#[tokio::test]
async fn a_public_get_query_is_cacheable_and_varies_with_every_header_that_changes_it() {
    let app = sqlite_app().await;
    let response = get_query(&app, "{ countryGroups { code } }", None).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "cache-control"),
        Some("public, max-age=60")
    );
    assert_eq!(
        header(&response, "vary"),
        Some("Accept, Accept-Encoding, Authorization, Origin")
    );
}

#[tokio::test]
async fn answers_to_a_credential_are_never_shared() {
    let app = sqlite_app().await;
    let editor = format!("Bearer {}", key(&app, "editor").await);
    let response = get_query(&app, "{ me { role } }", Some(&editor)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "cache-control"),
        Some("private, no-store")
    );
    let answer: Value = response.json().await.expect("json");
    assert_eq!(answer["data"]["me"]["role"], "EDITOR", "{answer:#}");

    let posted = app
        .post_graphql(Some(&editor), "{ me { role } }", json!({}))
        .await;
    assert_eq!(header(&posted, "cache-control"), Some("private, no-store"));
}

#[tokio::test]
async fn answers_with_errors_are_never_shared() {
    let app = sqlite_app().await;
    let response = get_query(&app, r#"{ city(slug: "atlantis") { nameEn } }"#, None).await;
    assert_eq!(
        header(&response, "cache-control"),
        Some("private, no-store")
    );
    let refused = get_query(&app, "{ nope }", None).await;
    assert_eq!(header(&refused, "cache-control"), Some("private, no-store"));
}

#[tokio::test]
async fn cors_lets_browser_graphql_clients_send_their_headers_and_read_the_request_id() {
    let app = spawn_app_with(Backend::Sqlite, |config| {
        config.cors_origins = vec!["https://atlas.example".into()];
    })
    .await
    .expect("SQLite");
    let asked = "authorization,content-type,apollo-require-preflight,x-apollo-operation-name,\
                 apollographql-client-name,apollographql-client-version,x-request-id";
    let preflight = app
        .client
        .request(reqwest::Method::OPTIONS, app.url("/graphql"))
        .header("origin", "https://atlas.example")
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", asked)
        .send()
        .await
        .expect("the server answers");
    assert!(preflight.status().is_success());
    let allowed = header(&preflight, "access-control-allow-headers")
        .unwrap_or_default()
        .to_ascii_lowercase();
    for wanted in asked.split(',') {
        assert!(allowed.contains(wanted), "{wanted} not in {allowed}");
    }
    assert_eq!(header(&preflight, "access-control-max-age"), Some("600"));

    let answer = app
        .client
        .post(app.url("/graphql"))
        .header("origin", "https://atlas.example")
        .header("x-request-id", "client-7")
        .json(&json!({ "query": "{ countryGroups { code } }" }))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(
        header(&answer, "access-control-allow-origin"),
        Some("https://atlas.example")
    );
    assert_eq!(
        header(&answer, "access-control-expose-headers"),
        Some("x-request-id")
    );
    assert_eq!(header(&answer, "x-request-id"), Some("client-7"));
}

#[tokio::test]
async fn metrics_are_written_in_the_format_their_content_type_names() {
    let app = sqlite_app().await;
    // Named by the document alone: the request gives no `operationName`.
    app.graphql(
        "query SeoulName { city(slug: \"seoul\") { nameEn } }",
        json!({}),
    )
    .await;
    let scrape = |accept: Option<&'static str>| {
        let mut request = app.client.get(app.url("/metrics"));
        if let Some(accept) = accept {
            request = request.header("accept", accept);
        }
        async move { request.send().await.expect("the server answers") }
    };

    let classic = scrape(None).await;
    assert_eq!(
        header(&classic, "content-type"),
        Some("text/plain; version=0.0.4; charset=utf-8")
    );
    let text = classic.text().await.expect("text");
    assert!(
        text.contains("# HELP paradiplo_graphql_requests_total "),
        "{text}"
    );
    assert!(
        text.contains("# TYPE paradiplo_graphql_requests_total counter"),
        "{text}"
    );
    assert!(
        text.contains(r#"paradiplo_graphql_requests_total{operation="SeoulName"} 1"#),
        "{text}"
    );
    assert!(!text.contains("# EOF"), "{text}");

    let open = scrape(Some(
        "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5",
    ))
    .await;
    assert_eq!(
        header(&open, "content-type"),
        Some("application/openmetrics-text; version=1.0.0; charset=utf-8")
    );
    let text = open.text().await.expect("text");
    assert!(
        text.contains("# HELP paradiplo_graphql_requests "),
        "{text}"
    );
    assert!(text.trim_end().ends_with("# EOF"), "{text}");
}

/// The `extensions.code` of a refusal's body.
async fn refusal_code(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    assert!(
        header(&response, "content-type").is_some_and(|content_type| content_type.contains("json")),
        "{:?}",
        response.headers()
    );
    let body: Value = response.json().await.expect("a JSON body");
    let code = body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    (status, code)
}

#[tokio::test]
async fn refusals_at_the_edge_are_graphql_errors_with_codes() {
    let app = spawn_app_with(Backend::Sqlite, |config| {
        config.max_body_bytes = 1024;
        config.max_uri_bytes = 2048;
        config.max_header_bytes = 4096;
    })
    .await
    .expect("SQLite");

    let big_body =
        json!({ "query": format!("{{ countryGroups {{ code }} }} #{}", "x".repeat(2000)) });
    let response = app
        .client
        .post(app.url("/graphql"))
        .header("accept", "application/graphql-response+json")
        .json(&big_body)
        .send()
        .await
        .expect("the server answers");
    assert_eq!(
        refusal_code(response).await,
        (StatusCode::PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE".into())
    );

    let long_uri = format!("{}?query={}", app.url("/graphql"), "x".repeat(3000));
    let response = app
        .client
        .get(long_uri)
        .send()
        .await
        .expect("the server answers");
    assert_eq!(
        refusal_code(response).await,
        (StatusCode::URI_TOO_LONG, "URI_TOO_LONG".into())
    );

    let response = app
        .client
        .get(app.url("/graphql?query=%7B__typename%7D"))
        .header("x-padding", "p".repeat(5000))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(
        refusal_code(response).await,
        (
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "HEADERS_TOO_LARGE".into()
        )
    );

    // The server is healthy afterwards.
    let data = app.data("{ countryGroups { code } }").await;
    assert!(data["countryGroups"].is_array());
}

#[tokio::test]
async fn rate_limited_requests_get_a_coded_json_body() {
    let app = crate::common::spawn_rate_limited(Backend::Sqlite)
        .await
        .expect("SQLite");
    let mut last = None;
    for _ in 0..=crate::common::TEST_RATE_LIMIT {
        last = Some(
            app.post_graphql(None, "{ countryGroups { code } }", json!({}))
                .await,
        );
    }
    let response = last.expect("a response");
    assert_eq!(
        refusal_code(response).await,
        (StatusCode::TOO_MANY_REQUESTS, "RATE_LIMITED".into())
    );
}

#[tokio::test]
async fn a_client_request_id_is_kept_only_when_short_and_plain() {
    let app = sqlite_app().await;
    for (sent, kept) in [
        ("abc-123_x.y", true),
        ("<script>\"x\"</script>", false),
        (&*"a".repeat(20_000), false),
    ] {
        let response = app
            .client
            .get(app.url("/healthz"))
            .header("x-request-id", sent)
            .send()
            .await
            .expect("the server answers");
        let echoed = header(&response, "x-request-id").unwrap_or_default();
        if kept {
            assert_eq!(echoed, sent);
        } else {
            assert_ne!(echoed, sent);
            assert!(!echoed.is_empty() && echoed.len() <= 32, "{echoed}");
        }
    }
}

#[tokio::test]
async fn errors_quote_only_the_start_of_a_long_value() {
    let app = sqlite_app().await;
    let slug = "s".repeat(60_000);
    let answer = app
        .graphql(
            "query($slug: String!) { city(slug: $slug) { nameEn } }",
            json!({ "slug": slug }),
        )
        .await;
    let message = answer["errors"][0]["message"].as_str().unwrap_or_default();
    assert_eq!(answer["errors"][0]["extensions"]["code"], "NOT_FOUND");
    assert!(message.len() < 200, "{message}");

    let name = "o".repeat(50_000);
    let body = json!({ "query": "query A { __typename }", "operationName": name });
    let response = app
        .client
        .post(app.url("/graphql"))
        .json(&body)
        .send()
        .await
        .expect("the server answers");
    let text = response.text().await.expect("text");
    assert!(text.len() < 1_000, "{} bytes", text.len());
}

#[tokio::test]
async fn a_body_that_names_a_key_twice_is_refused() {
    let app = sqlite_app().await;
    let response = app
        .client
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .header("accept", "application/graphql-response+json")
        .body(r#"{"query": "{ countryGroups { code } }", "query": "{ me { role } }"}"#)
        .send()
        .await
        .expect("the server answers");
    let (status, code) = refusal_code(response).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::BAD_REQUEST, "BAD_REQUEST")
    );
}
