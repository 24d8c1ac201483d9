//! The one configuration struct: every setting is a flag and an environment variable, with a
//! default that is safe for a public server and works on a fresh machine. Environment is read
//! nowhere else.

use std::net::SocketAddr;
use std::num::NonZeroUsize;
use std::time::Duration;

use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address the HTTP server listens on; port 0 picks a free port.
    #[arg(long, env = "PARADIPLO_BIND", default_value = "127.0.0.1:8000")]
    pub bind: SocketAddr,

    /// Database to use: `sqlite://FILE?mode=rwc` (the embedded default, created on first start)
    /// or `postgres://USER@HOST/DB`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://paradiplo.db?mode=rwc"
    )]
    pub database_url: String,

    /// Log filter in `tracing` syntax, e.g. `info` or `paradiplo=debug,sea_orm=info`.
    #[arg(long, env = "PARADIPLO_LOG", default_value = "info")]
    pub log: String,

    /// `development` (introspection, field suggestions and GraphiQL on) or `production` (all
    /// three off; GraphiQL can be turned back on with `--graphiql true`).
    #[arg(long, env = "PARADIPLO_PROFILE", value_enum, default_value_t = Profile::Development)]
    pub profile: Profile,

    /// Serve GraphiQL at `/`; by default on in development and off in production.
    #[arg(long, env = "PARADIPLO_GRAPHIQL")]
    pub graphiql: Option<bool>,

    /// Largest page a list field returns; larger `first` arguments are rejected.
    #[arg(long, env = "PARADIPLO_MAX_PAGE_SIZE", default_value_t = 500)]
    pub max_page_size: u32,

    /// Deepest selection nesting a query may have (`DEPTH_LIMIT`).
    #[arg(long, env = "PARADIPLO_MAX_DEPTH", default_value_t = 15)]
    pub max_depth: usize,

    /// Highest cost a query may have, lists costing by their page size (`COMPLEXITY_LIMIT`).
    #[arg(long, env = "PARADIPLO_MAX_COMPLEXITY", default_value_t = 50_000)]
    pub max_complexity: usize,

    /// Most aliases a query may use (`ALIAS_LIMIT`).
    #[arg(long, env = "PARADIPLO_MAX_ALIASES", default_value_t = 30)]
    pub max_aliases: usize,

    /// Most lexical tokens a query document may have (`TOKEN_LIMIT`).
    #[arg(long, env = "PARADIPLO_MAX_TOKENS", default_value_t = 5_000)]
    pub max_tokens: usize,

    /// Most conditions one `filter` argument may hold, nested relations included: every
    /// operator given (`eq: "x"`, `in: [...]`) counts one, and so does an empty filter object
    /// (`BAD_USER_INPUT`). Far below what the databases refuse as too deep.
    #[arg(long, env = "PARADIPLO_MAX_FILTER_NODES", default_value_t = 200)]
    pub max_filter_nodes: usize,

    /// Most operations one request may batch as a JSON array; 0 turns batching off
    /// (`BATCHING_DISABLED`, `BATCH_LIMIT`).
    #[arg(long, env = "PARADIPLO_MAX_BATCH", default_value_t = 0)]
    pub max_batch: usize,

    /// Largest request body in bytes (413 beyond).
    #[arg(long, env = "PARADIPLO_MAX_BODY_BYTES", default_value_t = 64 * 1024)]
    pub max_body_bytes: usize,

    /// Time a GraphQL request may take before it is answered with `TIMEOUT`, e.g. `10s`.
    #[arg(long, env = "PARADIPLO_REQUEST_TIMEOUT", default_value = "10s", value_parser = parse_duration)]
    pub request_timeout: Duration,

    /// Most GraphQL operations executing at once (one per CPU core unless set); the next ones
    /// wait their turn, within their request timeout. More would not answer sooner, as the
    /// cores are busy, but would hold more answers in memory at once. Raise it when the
    /// database is on another machine: operations then spend more of their time waiting on it.
    #[arg(long, env = "PARADIPLO_MAX_CONCURRENT_OPERATIONS", default_value_t = the_cores())]
    pub max_concurrent_operations: NonZeroUsize,

    /// Threads executing requests: every CPU core but one unless set, leaving that one to the
    /// database and the kernel's network work on the same machine. On two cores, one thread
    /// answers light requests faster than two, which wake each other for every request, and
    /// large answers slower (bench/RESULTS.md). Give it every core when the database is on
    /// another machine.
    #[arg(long, env = "PARADIPLO_THREADS", default_value_t = all_cores_but_one())]
    pub threads: NonZeroUsize,

    /// Time requests in flight get to finish after SIGTERM or Ctrl-C, e.g. `10s`.
    #[arg(long, env = "PARADIPLO_SHUTDOWN_DEADLINE", default_value = "10s", value_parser = parse_duration)]
    pub shutdown_deadline: Duration,

    /// Time a client has to send a request's headers, from the moment its connection opens or
    /// its first byte of a request arrives, e.g. `10s`; then the connection is closed. Ten
    /// seconds is ample for any client on a slow network, and short enough that connections
    /// sending a request a byte at a time cannot pile up.
    #[arg(long, env = "PARADIPLO_HEADER_READ_TIMEOUT", default_value = "10s", value_parser = parse_duration)]
    pub header_read_timeout: Duration,

    /// Time a kept-alive connection may wait for its next request before it is closed, e.g.
    /// `60s`; also how often a silent WebSocket is pinged, closed when it still says nothing
    /// after another such time. A minute spares clients a new connection between requests a
    /// person makes, and outlasts the idle timeouts of common load balancers' client side.
    #[arg(long, env = "PARADIPLO_IDLE_TIMEOUT", default_value = "60s", value_parser = parse_duration)]
    pub idle_timeout: Duration,

    /// Most connections open at once (WebSockets included); beyond it, kept-alive connections
    /// idle for a second or more are closed to make room, and new ones wait in the listen
    /// queue until one closes. Each connection is an open file: keep the process's limit
    /// (`ulimit -n`) above this plus the database connections, or connections are refused
    /// first by the operating system.
    #[arg(long, env = "PARADIPLO_MAX_CONNECTIONS", default_value_t = NonZeroUsize::new(1024).expect("not zero"))]
    pub max_connections: NonZeroUsize,

    /// Time a WebSocket has to send `connection_init` before it is closed with 4408, e.g. `10s`.
    #[arg(long, env = "PARADIPLO_WS_INIT_TIMEOUT", default_value = "10s", value_parser = parse_duration)]
    pub ws_init_timeout: Duration,

    /// Largest WebSocket message (and frame) in bytes; a larger one closes the socket with
    /// 1009. By default `--max-body-bytes`: a `subscribe` carries what a POST body would.
    #[arg(long, env = "PARADIPLO_WS_MAX_MESSAGE_BYTES")]
    pub ws_max_message_bytes: Option<usize>,

    /// Most operations one WebSocket may run at once (`SUBSCRIPTION_LIMIT` beyond). A page
    /// rarely needs more than a few dozen live subscriptions; each one holds a place in the
    /// change feed.
    #[arg(long, env = "PARADIPLO_WS_MAX_SUBSCRIPTIONS", default_value_t = 100)]
    pub ws_max_subscriptions: usize,

    /// Most WebSockets open at once from one client address (HTTP 429 `SOCKET_LIMIT` beyond),
    /// enough for a person with a dozen tabs open.
    #[arg(
        long,
        env = "PARADIPLO_WS_MAX_SOCKETS_PER_CLIENT",
        default_value_t = 16
    )]
    pub ws_max_sockets_per_client: usize,

    /// Browser origins allowed to call the API (CORS), comma-separated; none by default.
    #[arg(long, env = "PARADIPLO_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,

    /// How long, in seconds, browsers may reuse a CORS preflight answer (`Access-Control-Max-Age`).
    #[arg(long, env = "PARADIPLO_CORS_MAX_AGE", default_value_t = 600)]
    pub cors_max_age: u64,

    /// Longest request URI in bytes (HTTP 414 `URI_TOO_LONG` beyond); long queries go by POST.
    #[arg(long, env = "PARADIPLO_MAX_URI_BYTES", default_value_t = 64 * 1024)]
    pub max_uri_bytes: usize,

    /// Largest block of request headers in bytes (HTTP 431 `HEADERS_TOO_LARGE` beyond).
    #[arg(long, env = "PARADIPLO_MAX_HEADER_BYTES", default_value_t = 32 * 1024)]
    pub max_header_bytes: usize,

    /// `max-age` in seconds of the `Cache-Control` header on successful GET queries.
    #[arg(long, env = "PARADIPLO_CACHE_MAX_AGE", default_value_t = 60)]
    pub cache_max_age: u32,

    /// How often a server holding the network snapshot checks the tables for writes the change
    /// feed does not announce (an import run beside it), e.g. `30s`; edits rebuild it at once.
    #[arg(long, env = "PARADIPLO_NETWORK_CHECK_INTERVAL", default_value = "30s", value_parser = parse_duration)]
    pub network_check_interval: Duration,

    /// Shared secret of the HS256 bearer tokens (JWT) this server accepts; without one, only
    /// API keys authenticate.
    #[arg(long, env = "PARADIPLO_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<Secret>,

    /// The `iss` claim a token must carry.
    #[arg(long, env = "PARADIPLO_JWT_ISSUER", default_value = "paradiplo")]
    pub jwt_issuer: String,

    /// The `aud` claim a token must carry.
    #[arg(long, env = "PARADIPLO_JWT_AUDIENCE", default_value = "paradiplo")]
    pub jwt_audience: String,

    /// GraphQL requests per minute from one client address without a valid credential
    /// (`RATE_LIMITED`, HTTP 429); 0 turns the limit off.
    #[arg(long, env = "PARADIPLO_RATE_LIMIT_ANONYMOUS", default_value_t = 600)]
    pub rate_limit_anonymous: u32,

    /// GraphQL requests per minute for one API key or token subject (`RATE_LIMITED`, HTTP 429);
    /// 0 turns the limit off.
    #[arg(
        long,
        env = "PARADIPLO_RATE_LIMIT_AUTHENTICATED",
        default_value_t = 1200
    )]
    pub rate_limit_authenticated: u32,

    /// Load the bundled dataset into an empty database at start-up.
    #[arg(long, env = "PARADIPLO_LOAD_BUNDLED", default_value_t = true, action = clap::ArgAction::Set)]
    pub load_bundled: bool,

    /// Which bundled data an empty database gets at start-up: `all` (the Seoul dataset, then
    /// the world twinning network reconciled with it) or `seoul` (the Seoul dataset alone).
    #[arg(long, env = "PARADIPLO_DATASET", value_enum, default_value_t = BundledData::All)]
    pub dataset: BundledData,
}

/// The bundled data a first start loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BundledData {
    /// The Seoul dataset and the world twinning network.
    All,
    /// The Seoul dataset alone.
    Seoul,
}

/// A setting that must not reach a log: its `Debug` shows only that it is set.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(Self(text.to_string()))
    }
}

impl From<&str> for Secret {
    fn from(text: &str) -> Self {
        Self(text.to_string())
    }
}

/// How much the server tells about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Profile {
    Development,
    Production,
}

fn parse_duration(text: &str) -> Result<Duration, String> {
    let (number, unit) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let value: u64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration such as 10s or 500ms"))?;
    match unit {
        "ms" => Ok(Duration::from_millis(value)),
        "s" | "" => Ok(Duration::from_secs(value)),
        "m" => Ok(Duration::from_secs(value * 60)),
        _ => Err(format!("`{text}` has an unknown unit; use ms, s or m")),
    }
}

fn the_cores() -> NonZeroUsize {
    std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN)
}

fn all_cores_but_one() -> NonZeroUsize {
    NonZeroUsize::new(the_cores().get() - 1).unwrap_or(NonZeroUsize::MIN)
}

impl Config {
    /// The defaults, as a fresh machine without flags or environment would get them, on port 0.
    pub fn with_database(database_url: impl Into<String>) -> Self {
        use clap::Parser;
        #[derive(Parser)]
        struct Defaults {
            #[command(flatten)]
            config: Config,
        }
        let mut config = Defaults::parse_from(["paradiplo", "--bind", "127.0.0.1:0"]).config;
        config.database_url = database_url.into();
        config
    }

    /// Whether `/` serves GraphiQL.
    pub fn serves_graphiql(&self) -> bool {
        self.graphiql
            .unwrap_or(self.profile == Profile::Development)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Operations are CPU-bound on a local database: one per core answers as fast as more do,
    /// and holds fewer answers in memory (measured in bench/RESULTS.md).
    #[test]
    fn operations_execute_one_per_core_by_default() {
        let config = Config::with_database("sqlite::memory:");
        assert_eq!(
            config.max_concurrent_operations,
            std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN)
        );
    }

    #[test]
    fn requests_execute_on_every_core_but_one_by_default() {
        let config = Config::with_database("sqlite::memory:");
        let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
        assert_eq!(config.threads.get(), cores.saturating_sub(1).max(1));
    }
}
