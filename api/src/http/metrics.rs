//! Prometheus metrics at `/metrics`: GraphQL requests and their latency by operation name,
//! errors by code, and the database pool; in OpenMetrics for scrapers that ask for it, in
//! Prometheus' classic text format otherwise, each under its own content type.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::{prometheus_text, text};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::db::Db;

/// Operation names are chosen by clients: past this many distinct ones, the rest share a label
/// so that no client can grow the metrics without bound.
const MAX_OPERATION_LABELS: usize = 200;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OperationLabels {
    operation: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CodeLabels {
    code: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    state: &'static str,
}

pub struct Metrics {
    registry: Registry,
    requests: Family<OperationLabels, Counter>,
    latency: Family<OperationLabels, Histogram>,
    errors: Family<CodeLabels, Counter>,
    pool: Family<PoolLabels, Gauge>,
    operations: Mutex<HashSet<String>>,
}

impl Default for Metrics {
    fn default() -> Self {
        let requests = Family::<OperationLabels, Counter>::default();
        let latency = Family::<OperationLabels, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.001, 2.0, 14))
        });
        let errors = Family::<CodeLabels, Counter>::default();
        let pool = Family::<PoolLabels, Gauge>::default();
        let mut registry = Registry::with_prefix("paradiplo");
        registry.register(
            "graphql_requests",
            "GraphQL requests by operation name",
            requests.clone(),
        );
        registry.register(
            "graphql_request_duration_seconds",
            "Time to answer a GraphQL request, by operation name",
            latency.clone(),
        );
        registry.register(
            "graphql_errors",
            "GraphQL errors by extensions.code",
            errors.clone(),
        );
        registry.register(
            "db_pool_connections",
            "Database pool connections by state",
            pool.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            errors,
            pool,
            operations: Mutex::default(),
        }
    }
}

impl Metrics {
    pub fn record(&self, operation: Option<&str>, elapsed: Duration, error_codes: &[&str]) {
        let labels = OperationLabels {
            operation: self.operation_label(operation),
        };
        self.requests.get_or_create(&labels).inc();
        self.latency
            .get_or_create(&labels)
            .observe(elapsed.as_secs_f64());
        for code in error_codes {
            self.errors
                .get_or_create(&CodeLabels {
                    code: (*code).to_string(),
                })
                .inc();
        }
    }

    fn operation_label(&self, operation: Option<&str>) -> String {
        let Some(name) = operation.filter(|name| is_plain_name(name)) else {
            return "anonymous".into();
        };
        let mut seen = self
            .operations
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if seen.contains(name) || seen.len() < MAX_OPERATION_LABELS {
            seen.insert(name.to_string());
            name.to_string()
        } else {
            "other".into()
        }
    }

    /// The metrics in `format`, with the pool read now.
    pub fn render(&self, db: &Db, format: Format) -> String {
        let pool = db.pool_state();
        let idle = i64::try_from(pool.idle).unwrap_or(i64::MAX);
        let size = i64::try_from(pool.size).unwrap_or(i64::MAX);
        self.pool
            .get_or_create(&PoolLabels { state: "idle" })
            .set(idle);
        self.pool
            .get_or_create(&PoolLabels { state: "active" })
            .set(size.saturating_sub(idle));
        let mut written = String::new();
        let encoded = match format {
            Format::OpenMetrics => text::encode(&mut written, &self.registry),
            Format::Classic => prometheus_text::encode(&mut written, &self.registry),
        };
        if encoded.is_err() {
            tracing::error!("cannot encode the metrics");
        }
        written
    }
}

/// The two text formats Prometheus scrapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// OpenMetrics 1.0, which Prometheus asks for first.
    OpenMetrics,
    /// The classic text format (0.0.4), which every scraper and `promtool` reads.
    Classic,
}

impl Format {
    /// The format an `Accept` header asks for: OpenMetrics only when named.
    pub fn negotiate(accept: Option<&str>) -> Self {
        let asks_openmetrics = accept.is_some_and(|accept| {
            accept.split(',').any(|range| {
                let mut parts = range.split(';').map(str::trim);
                let essence = parts.next().unwrap_or("");
                let refused = parts.any(|parameter| {
                    parameter
                        .strip_prefix("q=")
                        .and_then(|q| q.parse::<f32>().ok())
                        .is_some_and(|q| q == 0.0)
                });
                essence.eq_ignore_ascii_case("application/openmetrics-text") && !refused
            })
        });
        if asks_openmetrics {
            Format::OpenMetrics
        } else {
            Format::Classic
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::OpenMetrics => "application/openmetrics-text; version=1.0.0; charset=utf-8",
            Format::Classic => prometheus_text::CONTENT_TYPE,
        }
    }
}

fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_')
}
