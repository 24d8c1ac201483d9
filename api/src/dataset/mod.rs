//! The dataset: reading it from JSON files (or from the copy embedded in the binary), importing
//! it into the database in one validated transaction, and exporting the database back.

mod export;
mod import;
mod kind;
pub mod network;
pub(crate) mod validate;

use std::path::{Path, PathBuf};

pub use crate::kinds::*;
pub use export::export;
pub use import::{ImportReport, Mentions, import, load_refs, load_refs_mentioned};
pub use kind::{CitationRecord, Citations, KeyMap, RecordKind, Referred, Registered};
pub use network::{Network, NetworkError, NetworkReport, WORLD_SOURCE, import_network};
pub use validate::{FREE_TEXT, check_partial_date, control_character, forbidden_character};

/// Derives from the registry of kinds the dataset struct, its reading, importing and
/// exporting, kind after kind in dependency order.
macro_rules! dataset_kinds {
    ($($type:ident($module:ident, $field:ident: $record:ident) $cited:tt)+) => {
        /// Records of every kind, as read from files.
        #[derive(Debug, Default, Clone, PartialEq)]
        pub struct Dataset {
            $(pub $field: Vec<$record>,)+
        }

        /// The file names of the dataset, in dependency order.
        pub const FILES: &[&str] = &[$(<$record as Registered>::FILE),+];

        /// The bundled dataset, embedded at build time so the binary has it wherever it runs.
        const BUNDLED: &[(&str, &str)] = &[$((
            <$record as Registered>::FILE,
            include_str!(concat!("../../../data/", stringify!($field), ".json")),
        )),+];

        impl Dataset {
            fn set_file(&mut self, name: &str, text: &str) -> Result<bool, DatasetError> {
                $(
                    if name == <$record as Registered>::FILE {
                        self.$field = parse(name, text)?;
                        return Ok(true);
                    }
                )+
                Ok(false)
            }
        }

        async fn import_all(dataset: &Dataset, txn: &sea_orm::DatabaseTransaction) -> Result<ImportReport, import::ImportError> {
            let mut refs = import::load_refs(txn).await?;
            let mut issues = Vec::new();
            $(import::check_kind(&dataset.$field, &mut refs, &mut issues);)+
            if !issues.is_empty() {
                return Err(import::ImportError::Invalid(issues));
            }
            let mut refs = import::load_refs(txn).await?;
            let mut report = ImportReport::default();
            $(import::write_kind(&dataset.$field, txn, &mut refs, &mut report).await?;)+
            if !report.changed_nothing() {
                crate::service::search::reindex(txn).await?;
            }
            Ok(report)
        }

        async fn export_all(db: &crate::db::Db, dir: &Path) -> Result<(), DatasetError> {
            let refs = import::load_refs(db).await?;
            $(export::export_kind::<$record, _>(db, &refs, dir).await?;)+
            Ok(())
        }
    };
}

crate::kinds::with_kinds!(all: dataset_kinds);

#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}: {source}")]
    Parse {
        file: String,
        source: serde_json::Error,
    },
    #[error("{0}: not a dataset file; expected one of: {files}", files = FILES.join(", "))]
    UnknownFile(String),
    #[error(transparent)]
    Import(#[from] import::ImportError),
    #[error("database error: {0}")]
    Database(#[from] sea_orm::DbErr),
    /// A value derived from the imported records could not be brought up to date.
    #[error(transparent)]
    Derived(#[from] crate::error::AppError),
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, DatasetError> {
    serde_json::from_str(text).map_err(|source| DatasetError::Parse {
        file: file.into(),
        source,
    })
}

impl Dataset {
    /// The dataset shipped with Paradiplo.
    pub fn bundled() -> Result<Self, DatasetError> {
        let mut dataset = Dataset::default();
        for (name, text) in BUNDLED {
            dataset.set_file(name, text)?;
        }
        Ok(dataset)
    }

    /// Reads a dataset folder (every known file in it), or one dataset file.
    pub fn read(path: &Path) -> Result<Self, DatasetError> {
        let read = |path: &Path| {
            std::fs::read_to_string(path).map_err(|source| DatasetError::Io {
                path: path.into(),
                source,
            })
        };
        let mut dataset = Dataset::default();
        if path.is_dir() {
            for name in FILES {
                let file = path.join(name);
                if file.exists() {
                    dataset.set_file(name, &read(&file)?)?;
                }
            }
        } else {
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or_default();
            if !dataset.set_file(name, &read(path)?)? {
                return Err(DatasetError::UnknownFile(path.display().to_string()));
            }
        }
        Ok(dataset)
    }
}
