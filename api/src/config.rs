//! The one configuration struct: every setting is a flag and an environment variable, with a
//! default that works on a fresh machine. Environment is read nowhere else.

use std::net::SocketAddr;
use std::time::Duration;

use clap::Args;

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

    /// Largest page a list field returns; larger `first` arguments are rejected.
    #[arg(long, env = "PARADIPLO_MAX_PAGE_SIZE", default_value_t = 500)]
    pub max_page_size: u32,

    /// Time a request may take before it is answered with a timeout, e.g. `10s`.
    #[arg(long, env = "PARADIPLO_REQUEST_TIMEOUT", default_value = "10s", value_parser = parse_duration)]
    pub request_timeout: Duration,

    /// Load the bundled dataset into an empty database at start-up.
    #[arg(long, env = "PARADIPLO_LOAD_BUNDLED", default_value_t = true, action = clap::ArgAction::Set)]
    pub load_bundled: bool,
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

impl Config {
    /// The defaults, as a fresh machine without flags or environment would get them.
    pub fn with_database(database_url: impl Into<String>) -> Self {
        Self {
            bind: "127.0.0.1:0".parse().expect("a valid literal address"),
            database_url: database_url.into(),
            log: "info".into(),
            max_page_size: 500,
            request_timeout: Duration::from_secs(10),
            load_bundled: true,
        }
    }
}
