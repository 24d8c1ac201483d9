//! The HTTP surface: routes, middleware (request ids, tracing, compression, CORS, body limit)
//! and the handlers that are not GraphQL. Nothing outside this module and `app` knows HTTP.

mod admission;
mod assets;
pub mod connection;
mod edge;
mod graphql;
mod metrics;
mod rate_limit;
mod strict_json;
mod websocket;

use std::hash::{BuildHasher, RandomState};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::header::{ACCEPT, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use tokio::sync::Semaphore;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::trace::TraceLayer;

pub use graphql::EndpointSettings;
use metrics::Metrics;
use rate_limit::RateLimits;

use crate::auth::{Authenticator, TokenSettings};
use crate::config::Config;
use crate::db::Db;
use crate::graphql::{Engine, Limits, build_schema};
use crate::service::changes::ChangeFeed;
use crate::service::editing::Editing;
use crate::service::network::Network;

/// What every handler may need; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    engine: Engine,
    db: Db,
    metrics: Arc<Metrics>,
    settings: EndpointSettings,
    authenticator: Authenticator,
    rate_limits: Arc<RateLimits>,
    /// Turns to execute an operation: at most `--max-concurrent-operations` at once.
    turns: Arc<Semaphore>,
}

pub fn router(config: &Config, db: Db, feed: ChangeFeed) -> Router {
    // The network snapshot follows the same feed of edits as the subscriptions.
    let network = Network::new(db.clone(), feed.clone(), config.network_check_interval);
    let editing = Editing::new(db.clone(), feed);
    let limits = Limits::from(config);
    let state = AppState {
        engine: Engine::new(
            |validation| {
                build_schema(
                    db.clone(),
                    editing.clone(),
                    network.clone(),
                    limits,
                    validation,
                )
            },
            &limits,
            db.clone(),
        ),
        authenticator: Authenticator::new(db.clone(), &TokenSettings::from(config)),
        rate_limits: Arc::new(RateLimits::new(
            config.rate_limit_anonymous,
            config.rate_limit_authenticated,
        )),
        turns: Arc::new(Semaphore::new(config.max_concurrent_operations.get())),
        db,
        metrics: Arc::default(),
        settings: EndpointSettings {
            max_batch: config.max_batch,
            request_timeout: config.request_timeout,
            cache_max_age: config.cache_max_age,
        },
    };
    let mut router = Router::new()
        .route("/graphql", get(graphql::get).post(graphql::post))
        .route("/graphql/ws", websocket::route(config, state.clone()))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics));
    if config.serves_graphiql() {
        router = router.merge(assets::GRAPHIQL.router());
    }
    // The explorer reads the public API only, so it is served in every profile.
    router = router.merge(assets::EXPLORER.router());
    let edge_limits = edge::EdgeLimits {
        max_uri_bytes: config.max_uri_bytes,
        max_header_bytes: config.max_header_bytes,
        max_body_bytes: config.max_body_bytes,
    };
    let mut router = router
        // Shared, not cloned: axum hands every request its own copy of the state.
        .with_state(Arc::new(state))
        .layer(RequestBodyLimitLayer::new(config.max_body_bytes))
        .layer(axum::middleware::from_fn_with_state(
            edge_limits,
            edge::limits,
        ))
        .layer(CompressionLayer::new());
    if let Some(cors) = cors(config) {
        router = router.layer(cors);
    }
    router
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            let id = request.headers().get("x-request-id").and_then(|id| id.to_str().ok()).unwrap_or("");
            tracing::info_span!("request", method = %request.method(), uri = %request.uri().path(), request_id = id)
        }))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(RandomRequestId))
        .layer(axum::middleware::from_fn(edge::plain_request_id))
}

/// The headers browser GraphQL clients send: Apollo's, and our request ids.
const CORS_REQUEST_HEADERS: [&str; 8] = [
    "accept",
    "authorization",
    "content-type",
    "apollo-require-preflight",
    "x-apollo-operation-name",
    "apollographql-client-name",
    "apollographql-client-version",
    "x-request-id",
];

/// CORS for the configured origins; none when no origin is listed.
fn cors(config: &Config) -> Option<CorsLayer> {
    if config.cors_origins.is_empty() {
        return None;
    }
    let origins: Vec<HeaderValue> = config
        .cors_origins
        .iter()
        .filter_map(|origin| HeaderValue::from_str(origin.trim()).ok())
        .collect();
    Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([Method::GET, Method::POST])
            .allow_headers(CORS_REQUEST_HEADERS.map(HeaderName::from_static))
            .expose_headers([HeaderName::from_static("x-request-id")])
            .max_age(Duration::from_secs(config.cors_max_age)),
    )
}

/// Request ids that are unique enough to find one request's lines in the logs.
#[derive(Clone, Copy)]
struct RandomRequestId;

impl MakeRequestId for RandomRequestId {
    fn make_request_id<B>(&mut self, _request: &Request<B>) -> Option<RequestId> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let id = RandomState::new().hash_one(COUNTER.fetch_add(1, Ordering::Relaxed));
        HeaderValue::from_str(&format!("{id:016x}"))
            .ok()
            .map(RequestId::new)
    }
}

/// Ready when the database answers.
async fn ready(State(state): State<Arc<AppState>>) -> impl IntoResponse {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "readiness check: the database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

async fn metrics(State(state): State<Arc<AppState>>, headers: HeaderMap) -> impl IntoResponse {
    let accept = headers.get(ACCEPT).and_then(|value| value.to_str().ok());
    let format = metrics::Format::negotiate(accept);
    (
        [(CONTENT_TYPE, format.content_type())],
        state.metrics.render(&state.db, format),
    )
}
