use anyhow::Context;
use clap::Parser;
use paradiplo::cli::Cli;
use tracing_subscriber::EnvFilter;

/// mimalloc rather than the system's allocator: answers are trees of many small values, and
/// glibc's malloc spent a quarter of the server's time on a large one (bench/RESULTS.md). Built
/// without transparent huge pages (`no_thp` in Cargo.toml); `MIMALLOC_PURGE_DELAY=0` in the
/// environment returns freed memory at once, lower still (bench/RESULTS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let filter =
        EnvFilter::try_new(&cli.config.log).context("invalid log filter (PARADIPLO_LOG)")?;
    // Logs to standard error: standard output is for what commands answer (a new key, the SDL).
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cli.config.threads.get())
        .thread_name("request-worker")
        .enable_all()
        .build()
        .context("cannot start the runtime")?
        .block_on(cli.run())
}
