//! The command line: `paradiplo [serve]`, `paradiplo import FILE|DIR`,
//! `paradiplo import-network NODES LINKS --source KEY`, `paradiplo export DIR`,
//! `paradiplo keys create|list|revoke`. Answers go to standard output, where scripts read them;
//! logs and warnings go to standard error.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::app::App;
use crate::auth::{Role, keys};
use crate::config::Config;
use crate::dataset::{self, Dataset, Network};
use crate::db::{self, Db};
use crate::graphql::{Limits, detached_schema, sdl};
use crate::startup;

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
    /// Validate a network (a node table and a link table, TSV or CSV, such as the world
    /// twinning extract in `data/world/`) and reconcile it with the database in one
    /// transaction: nodes are cities matched by Wikidata id, links agreements.
    ImportNetwork {
        /// The node table: columns `id` (Wikidata id), `name`, `lng`, `lat`, `countrycd`.
        nodes: PathBuf,
        /// The link table: columns `source` and `target` (node ids), undirected.
        links: PathBuf,
        /// The key of the source every new fact cites, such as `wikidata-twinnings`.
        #[arg(long)]
        source: String,
    },
    /// Print the GraphQL schema (SDL), sorted.
    Schema,
    /// Write the database out as dataset files.
    Export {
        /// The folder to write into; created if missing, files in it overwritten.
        dir: PathBuf,
    },
    /// Manage the API keys that may write (and read what is not public).
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Make a key and print it, once: only a hash of its secret is kept.
    Create {
        /// What the key may do: viewer, editor or admin.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Who or what will hold the key, such as "Jane Doe".
        #[arg(long)]
        name: String,
    },
    /// List every key (revoked ones too), without secrets.
    List,
    /// Revoke a key: from now on it is refused.
    Revoke {
        /// The key's prefix, as `keys list` shows it (a whole key works too).
        prefix: String,
    },
}

fn parse_role(text: &str) -> Result<Role, String> {
    text.parse()
}

impl Cli {
    /// Runs the command, answering on standard output.
    pub async fn run(self) -> anyhow::Result<()> {
        self.run_to(&mut std::io::stdout()).await
    }

    /// Runs the command, answering on `out`.
    pub async fn run_to(self, out: &mut (dyn Write + Send)) -> anyhow::Result<()> {
        let config = self.config;
        match self.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(&config).await,
            Command::Import { path } => {
                let dataset = Dataset::read(&path)?;
                let db = db::connect(&config.database_url).await?;
                startup::prepare(&db, false).await?;
                let report = dataset::import(&db, &dataset).await?;
                say(out, &format!("imported {}: {report}", path.display()))
            }
            Command::ImportNetwork {
                nodes,
                links,
                source,
            } => {
                let network = Network::read(&nodes, &links)?;
                let db = db::connect(&config.database_url).await?;
                startup::prepare(&db, false).await?;
                let report = dataset::import_network(&db, &network, &source).await?;
                say(
                    out,
                    &format!(
                        "imported {} and {}:\n{report}",
                        nodes.display(),
                        links.display()
                    ),
                )
            }
            Command::Schema => {
                let schema = detached_schema(Limits::from(&config));
                say(out, &sdl(&schema))
            }
            Command::Export { dir } => {
                let db = db::connect(&config.database_url).await?;
                startup::prepare(&db, false).await?;
                dataset::export(&db, &dir).await?;
                say(out, &format!("exported the database to {}", dir.display()))
            }
            Command::Keys { command } => {
                let db = db::connect(&config.database_url).await?;
                startup::prepare(&db, false).await?;
                manage_keys(&db, command, out).await
            }
        }
    }
}

async fn manage_keys(
    db: &Db,
    command: KeysCommand,
    out: &mut (dyn Write + Send),
) -> anyhow::Result<()> {
    match command {
        KeysCommand::Create { role, name } => {
            let issued = keys::create(db, &name, role).await?;
            // On standard error, so that standard output holds the key alone.
            eprintln!(
                "made {role} key {} for {:?}; it is printed only this once, so store it now",
                issued.api_key.prefix, issued.api_key.name,
            );
            say(out, &issued.key)
        }
        KeysCommand::List => {
            let keys = keys::list(db).await?;
            let mut table = format!(
                "{:<12} {:<7} {:<21} {:<21} NAME",
                "PREFIX", "ROLE", "CREATED", "REVOKED"
            );
            for key in keys {
                table.push_str(&format!(
                    "\n{:<12} {:<7} {:<21} {:<21} {}",
                    key.prefix,
                    key.role,
                    key.created_at,
                    key.revoked_at.as_deref().unwrap_or("-"),
                    key.name
                ));
            }
            say(out, &table)
        }
        KeysCommand::Revoke { prefix } => {
            // Also take `pdk_<prefix>` or a whole key, as pasted.
            let prefix = prefix.strip_prefix(keys::KEY_START).unwrap_or(&prefix);
            let prefix = prefix.split('_').next().unwrap_or(prefix);
            let key = keys::revoke_by_prefix(db, prefix).await?;
            say(
                out,
                &format!(
                    "revoked {} key {} of {:?} at {}",
                    key.role,
                    key.prefix,
                    key.name,
                    key.revoked_at.as_deref().unwrap_or("-")
                ),
            )
        }
    }
}

async fn serve(config: &Config) -> anyhow::Result<()> {
    let app = App::build(config).await?;
    let address = app.address();
    let running = app.run_until_stopped();
    tracing::info!(database = %db::describe(&config.database_url), "database ready");
    tracing::info!(
        "Paradiplo is serving GraphiQL at http://{0}/ and GraphQL at http://{0}/graphql",
        address
    );
    running.await
}

/// What a command answers with, on standard output where scripts read it.
fn say(out: &mut (dyn Write + Send), text: &str) -> anyhow::Result<()> {
    writeln!(out, "{text}")?;
    out.flush()?;
    Ok(())
}
