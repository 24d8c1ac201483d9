//! Fills a database with a synthetic graph of city diplomacy at a chosen scale, through the
//! project's own migrations, deterministically from a seed (see the library's documentation).

use clap::Parser;

#[derive(Parser)]
#[command(about = "Fill a database with a deterministic synthetic graph of city diplomacy")]
struct Args {
    /// The database: `postgres://…` or `sqlite://FILE?mode=rwc`. It must be empty.
    #[arg(long, env = "DATABASE_URL")]
    database_url: String,
    /// How many agreements; the other tables scale with it.
    #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u32).range(100..=1_000_000))]
    scale: u32,
    /// Seed of the generator: the same seed gives the same rows.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let db = paradiplo::db::connect(&args.database_url).await?;
    let started = std::time::Instant::now();
    let counts = paradiplo_bench::generate(&db, args.scale as usize, args.seed).await?;
    eprintln!(
        "{} cities, {} agreements, {} memberships, {} policy exports, {} organizations in {:.1?}",
        counts.cities,
        counts.agreements,
        counts.memberships,
        counts.exports,
        counts.organizations,
        started.elapsed()
    );
    Ok(())
}
