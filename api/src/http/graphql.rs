//! The GraphQL endpoint, by the GraphQL-over-HTTP spec: queries by GET or POST, mutations by
//! POST only, JSON bodies only (no form or multipart posts: CSRF), content negotiation between
//! `application/graphql-response+json` and `application/json`, batching off unless configured,
//! a timeout per request, and `Cache-Control`: public for successful anonymous GET queries,
//! `private, no-store` for answers with errors or to requests with a credential.
//!
//! Each request is authenticated once, from its `Authorization` header, and counted against its
//! caller's rate limit (HTTP 429 `RATE_LIMITED` beyond it) before anything else is read; the
//! outcome of authentication goes to every operation as request data.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_graphql::Response as GraphqlResponse;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, RawQuery, State};
use axum::http::header::{
    ACCEPT, ALLOW, AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE, RETRY_AFTER, VARY,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use engine::shape::{Written, executed};
use serde::Serialize;
use serde_json::json;
use tokio::sync::SemaphorePermit;

use super::rate_limit::over_the_limit;
use super::strict_json::{self, Top};
use super::{AppState, admission};
use crate::auth::Authentication;
use crate::graphql::guards::{RequestId, refusal};

const GRAPHQL_RESPONSE_JSON: &str = "application/graphql-response+json; charset=utf-8";
const JSON: &str = "application/json; charset=utf-8";

/// What the endpoint needs beyond the schema.
#[derive(Debug, Clone, Copy)]
pub struct EndpointSettings {
    pub max_batch: usize,
    pub request_timeout: Duration,
    pub cache_max_age: u32,
}

/// The media type the client accepts for the response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Flavor {
    /// `application/graphql-response+json`: request errors are HTTP 400.
    GraphqlResponse,
    /// `application/json`: every GraphQL answer is HTTP 200.
    Json,
}

pub async fn post(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(flavor) = negotiate(&headers) else {
        return not_acceptable();
    };
    let credentialed = headers.contains_key(AUTHORIZATION);
    let authentication = match admit(&state, &headers, peer).await {
        Ok(authentication) => authentication,
        Err(wait) => return rate_limited(flavor, wait),
    };
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    let essence = content_type.split(';').next().unwrap_or("").trim();
    if !essence.eq_ignore_ascii_case("application/json")
        && !essence.eq_ignore_ascii_case("application/graphql-response+json")
    {
        return http_error(
            flavor,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
            "send GraphQL requests as application/json",
        );
    }
    let top = match strict_json::check(&body) {
        Ok(top) => top,
        Err(error) => return not_json(flavor, &error),
    };
    let request_id = request_id(&headers);
    match top {
        Top::Array => {
            let settings = state.settings;
            if settings.max_batch == 0 {
                let message = "batched requests are turned off; send one operation per request";
                return http_error(
                    flavor,
                    StatusCode::BAD_REQUEST,
                    "BATCHING_DISABLED",
                    message,
                );
            }
            let operations: Vec<serde_json::Value> = match serde_json::from_slice(&body) {
                Ok(operations) => operations,
                Err(error) => return not_json(flavor, &error),
            };
            if operations.len() > settings.max_batch {
                let message = format!("a batch may hold at most {} operations", settings.max_batch);
                return http_error(flavor, StatusCode::BAD_REQUEST, "BATCH_LIMIT", &message);
            }
            let mut responses = Vec::with_capacity(operations.len());
            let mut any_errors = false;
            for operation in operations {
                let response = match serde_json::from_value(operation) {
                    Ok(request) => {
                        let authentication = authentication.clone();
                        let executed =
                            execute(&state, request, authentication, &request_id, false).await;
                        any_errors |= !executed.response.errors.is_empty();
                        // Each answer of a batch is kept as JSON, which weighs less.
                        serde_json::value::to_raw_value(&Written(&executed.response))
                    }
                    Err(error) => {
                        any_errors = true;
                        serde_json::value::to_raw_value(&GraphqlResponse::from_errors(vec![
                            refusal("BAD_REQUEST", format!("not a GraphQL request: {error}")),
                        ]))
                    }
                };
                match response {
                    Ok(response) => responses.push(response),
                    Err(error) => return unserializable(&error),
                }
            }
            let mut answer = respond(flavor, StatusCode::OK, &responses);
            keep(&mut answer, credentialed || any_errors, None);
            answer
        }
        // Read once, straight into the request: no JSON value tree in between.
        Top::Object => match serde_json::from_slice::<async_graphql::Request>(&body) {
            Ok(request)
                if request.query.is_empty()
                    && !request.extensions.contains_key("persistedQuery") =>
            {
                http_error(
                    flavor,
                    StatusCode::BAD_REQUEST,
                    "BAD_REQUEST",
                    "the request has no `query`",
                )
            }
            Ok(request) => {
                let executed = execute(&state, request, authentication, &request_id, false).await;
                answer(&state, flavor, &executed.response, false, credentialed)
            }
            Err(error) => {
                let message = format!("not a GraphQL request: {error}");
                http_error(flavor, StatusCode::BAD_REQUEST, "BAD_REQUEST", &message)
            }
        },
        Top::Scalar => http_error(
            flavor,
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
            "the body must be a JSON object",
        ),
    }
}

pub async fn get(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(flavor) = negotiate(&headers) else {
        return not_acceptable();
    };
    let credentialed = headers.contains_key(AUTHORIZATION);
    let authentication = match admit(&state, &headers, peer).await {
        Ok(authentication) => authentication,
        Err(wait) => return rate_limited(flavor, wait),
    };
    match async_graphql::http::parse_query_string(query.as_deref().unwrap_or_default()) {
        Ok(request) => {
            let request_id = request_id(&headers);
            let executed = execute(&state, request, authentication, &request_id, true).await;
            answer(&state, flavor, &executed.response, true, credentialed)
        }
        Err(error) => {
            let message = format!("not a GraphQL request: {error}");
            http_error(flavor, StatusCode::BAD_REQUEST, "BAD_REQUEST", &message)
        }
    }
}

/// Authenticates the request by its `Authorization` header and counts it against its caller's
/// limit (see [`admission::admit`]). `Err` is the wait before retrying.
async fn admit(
    state: &AppState,
    headers: &HeaderMap,
    peer: SocketAddr,
) -> Result<Authentication, Duration> {
    // A header that is not text is as malformed as one without the Bearer scheme.
    let authorization = headers
        .get(AUTHORIZATION)
        .map(|value| value.to_str().unwrap_or(""));
    admission::admit(state, authorization, peer).await
}

fn not_json(flavor: Flavor, error: &serde_json::Error) -> Response {
    let message = format!("the body is not valid JSON: {error}");
    http_error(flavor, StatusCode::BAD_REQUEST, "BAD_REQUEST", &message)
}

fn rate_limited(flavor: Flavor, wait: Duration) -> Response {
    let (seconds, message) = over_the_limit(wait);
    let mut refused = http_error(
        flavor,
        StatusCode::TOO_MANY_REQUESTS,
        "RATE_LIMITED",
        &message,
    );
    refused
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(seconds));
    refused
}

/// An operation's response, with the turn it executed in. Callers serialize the response
/// before they let the turn go: the value tree of a large answer weighs more than its JSON, and
/// answers waiting to be serialized would otherwise pile up beyond the turns.
pub(super) struct Executed<'a> {
    pub(super) response: GraphqlResponse,
    _turn: Option<SemaphorePermit<'a>>,
}

pub(super) async fn execute<'a>(
    state: &'a AppState,
    request: async_graphql::Request,
    authentication: Authentication,
    request_id: &str,
    via_get: bool,
) -> Executed<'a> {
    let timed_out_operation = request.operation_name.clone();
    let request = request
        .data(authentication)
        .data(RequestId(request_id.to_string()));
    let started = Instant::now();
    let timeout = state.settings.request_timeout;
    let turn_then_run = async {
        // Beyond the limit, operations queue here (first come, first served) rather than all
        // holding their rows and answers in memory at once; the wait counts against the timeout.
        let turn = state.turns.acquire().await.ok();
        (state.engine.run_named(request, via_get).await, turn)
    };
    let ((mut response, operation), turn) = match tokio::time::timeout(timeout, turn_then_run).await
    {
        Ok(executed) => executed,
        Err(_) => {
            let message = format!(
                "the request took longer than {} ms; ask for less",
                timeout.as_millis()
            );
            (
                (
                    GraphqlResponse::from_errors(vec![refusal("TIMEOUT", message)]),
                    timed_out_operation,
                ),
                None,
            )
        }
    };
    // Internal errors are logged inside this request's span, which carries its id: the client
    // gets the id to quote, and the log has the cause under it.
    for error in &mut response.errors {
        if code_of(error) == Some("INTERNAL") {
            error
                .extensions
                .get_or_insert_with(Default::default)
                .set("request_id", request_id);
        }
    }
    let codes: Vec<&str> = response
        .errors
        .iter()
        .map(|error| code_of(error).unwrap_or("UNKNOWN"))
        .collect();
    state
        .metrics
        .record(operation.as_deref(), started.elapsed(), &codes);
    Executed {
        response,
        _turn: turn,
    }
}

fn answer(
    state: &AppState,
    flavor: Flavor,
    response: &GraphqlResponse,
    via_get: bool,
    credentialed: bool,
) -> Response {
    let codes: Vec<&str> = response.errors.iter().filter_map(code_of).collect();
    if codes.contains(&"METHOD_NOT_ALLOWED") {
        let mut refused = respond(flavor, StatusCode::METHOD_NOT_ALLOWED, &Written(response));
        keep(&mut refused, true, None);
        refused
            .headers_mut()
            .insert(ALLOW, HeaderValue::from_static("POST"));
        return refused;
    }
    // A request that never ran (it was malformed, invalid or refused) is a client error; one that
    // ran answers 200, whatever its errors.
    let request_error = !executed(response);
    let status = match flavor {
        Flavor::GraphqlResponse if codes.contains(&"TIMEOUT") => StatusCode::GATEWAY_TIMEOUT,
        Flavor::GraphqlResponse if request_error => StatusCode::BAD_REQUEST,
        _ => StatusCode::OK,
    };
    let mut answer = respond(flavor, status, &Written(response));
    let private = credentialed || !response.errors.is_empty();
    let public_max_age = via_get.then_some(state.settings.cache_max_age);
    keep(&mut answer, private, public_max_age);
    answer
}

/// Who may keep an answer: only the client that asked, when its request carried a credential
/// or the answer has errors; any cache, for `max_age` seconds, when it is a GET query answered
/// for everyone. A GET answer varies with every header that can change it.
fn keep(answer: &mut Response, private: bool, public_max_age: Option<u32>) {
    let headers = answer.headers_mut();
    if public_max_age.is_some() {
        headers.insert(
            VARY,
            HeaderValue::from_static("Accept, Accept-Encoding, Authorization, Origin"),
        );
    }
    let cache = match (private, public_max_age) {
        (true, _) => Some("private, no-store".to_owned()),
        (false, Some(max_age)) => Some(format!("public, max-age={max_age}")),
        (false, None) => None,
    };
    if let Some(value) = cache.and_then(|cache| HeaderValue::from_str(&cache).ok()) {
        headers.insert(CACHE_CONTROL, value);
    }
}

fn code_of(error: &async_graphql::ServerError) -> Option<&str> {
    match error.extensions.as_ref()?.get("code")? {
        async_graphql::Value::String(code) => Some(code.as_str()),
        _ => None,
    }
}

/// Picks the response media type from `Accept`; no `Accept` (or `*/*`) gets legacy JSON, and
/// `None` means the client accepts nothing we can send.
pub(super) fn negotiate(headers: &HeaderMap) -> Option<Flavor> {
    let Some(accept) = headers.get(ACCEPT).and_then(|value| value.to_str().ok()) else {
        return Some(Flavor::Json);
    };
    let accepted = || {
        accept
            .split(',')
            .filter(|range| !range.contains("q=0") || range.contains("q=0."))
            .map(|range| range.split(';').next().unwrap_or("").trim())
    };
    if accepted().any(|range| range.eq_ignore_ascii_case("application/graphql-response+json")) {
        Some(Flavor::GraphqlResponse)
    } else if accepted().any(|range| {
        ["application/json", "application/*", "*/*", ""]
            .iter()
            .any(|json| range.eq_ignore_ascii_case(json))
    }) {
        Some(Flavor::Json)
    } else {
        None
    }
}

fn not_acceptable() -> Response {
    http_error(
        Flavor::Json,
        StatusCode::NOT_ACCEPTABLE,
        "NOT_ACCEPTABLE",
        "accept application/graphql-response+json or application/json",
    )
}

fn request_id(headers: &HeaderMap) -> String {
    headers
        .get("x-request-id")
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_string()
}

fn respond(flavor: Flavor, status: StatusCode, body: &impl Serialize) -> Response {
    let content_type = match flavor {
        Flavor::GraphqlResponse => GRAPHQL_RESPONSE_JSON,
        Flavor::Json => JSON,
    };
    match serde_json::to_vec(body) {
        Ok(bytes) => (status, [(CONTENT_TYPE, content_type)], bytes).into_response(),
        Err(error) => unserializable(&error),
    }
}

fn unserializable(error: &serde_json::Error) -> Response {
    tracing::error!(%error, "cannot serialize a GraphQL response");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// A refusal before GraphQL execution, shaped like a GraphQL response; no cache keeps it.
pub(super) fn http_error(
    flavor: Flavor,
    status: StatusCode,
    code: &str,
    message: &str,
) -> Response {
    let body = json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    let mut refused = respond(flavor, status, &body);
    keep(&mut refused, true, None);
    refused
}
