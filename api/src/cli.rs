//! The command line: `paradiplo [serve]`, `paradiplo import FILE|DIR`, `paradiplo export DIR`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::app::App;
use crate::config::Config;
use crate::dataset::{self, Dataset};
use crate::db;
use crate::graphql::{Limits, build_schema, sdl};
use sea_orm::DatabaseConnection;

#[derive(Debug, Parser)]
#[command(
    name = "paradiplo",
    version,
    about = "A GraphQL knowledge API about city diplomacy."
)]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the GraphQL API and GraphiQL (the default).
    Serve,
    /// Validate dataset files and load them into the database in one transaction.
    Import {
        /// A dataset folder (such as `data/`) or one dataset file (such as `data/cities.json`).
        path: PathBuf,
    },
    /// Print the GraphQL schema (SDL), sorted.
    Schema,
    /// Write the database out as dataset files.
    Export {
        /// The folder to write into; created if missing, files in it overwritten.
        dir: PathBuf,
    },
}

impl Cli {
    pub async fn run(self) -> anyhow::Result<()> {
        let config = self.config;
        match self.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(&config).await,
            Command::Import { path } => {
                let dataset = Dataset::read(&path)?;
                let db = db::connect(&config.database_url).await?;
                db::prepare(&db, false).await?;
                let report = dataset::import(&db, &dataset).await?;
                say(&format!("imported {}: {report}", path.display()));
                Ok(())
            }
            Command::Schema => {
                let schema = build_schema(DatabaseConnection::default(), Limits::from(&config));
                say(&sdl(&schema));
                Ok(())
            }
            Command::Export { dir } => {
                let db = db::connect(&config.database_url).await?;
                db::prepare(&db, false).await?;
                dataset::export(&db, &dir).await?;
                say(&format!("exported the database to {}", dir.display()));
                Ok(())
            }
        }
    }
}

async fn serve(config: &Config) -> anyhow::Result<()> {
    let app = App::build(config).await?;
    tracing::info!(database = %db::describe(&config.database_url), "database ready");
    tracing::info!(
        "Paradiplo is serving GraphiQL at http://{0}/ and GraphQL at http://{0}/graphql",
        app.address()
    );
    app.run_until_stopped().await
}

/// The one line a command answers with, on standard output where scripts read it.
#[allow(clippy::print_stdout)]
fn say(line: &str) {
    println!("{line}");
}
