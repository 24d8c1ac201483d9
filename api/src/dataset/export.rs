//! Export: the database written back as dataset files, records sorted by natural key, so that
//! importing files and exporting them again gives the same bytes.

use std::path::Path;

use sea_orm::{ConnectionTrait, EntityTrait};

use super::DatasetError;
use super::Refs;
use super::import::load_citations;
use super::kind::RecordKind;

/// Writes every dataset file into `dir` (created if missing).
pub async fn export(db: &crate::db::Db, dir: &Path) -> Result<(), DatasetError> {
    std::fs::create_dir_all(dir).map_err(|source| DatasetError::Io {
        path: dir.into(),
        source,
    })?;
    super::export_all(db, dir).await
}

pub async fn export_kind<K: RecordKind, C: ConnectionTrait>(
    db: &C,
    refs: &Refs,
    dir: &Path,
) -> Result<(), DatasetError> {
    let citations = load_citations::<K>(db, refs).await?;
    let mut records: Vec<K> = K::Entity::find()
        .all(db)
        .await?
        .iter()
        .map(|model| {
            let mut record = K::from_row(model, refs);
            record.set_citations(citations.get(&K::id(model)).cloned().unwrap_or_default());
            record
        })
        .collect();
    records.sort_by_key(RecordKind::key);
    let path = dir.join(K::FILE);
    let mut text =
        serde_json::to_string_pretty(&records).map_err(|source| DatasetError::Parse {
            file: K::FILE.into(),
            source,
        })?;
    text.push('\n');
    std::fs::write(&path, text).map_err(|source| DatasetError::Io { path, source })
}
