//! Full-text search over cities, countries, organizations, events, policy exports and sources.
//!
//! Each searchable record has one document in `search_document`: its names in every language,
//! its acronym or code, folded to lower case without accents. The same folding is applied to
//! the search text, so `sao paulo` finds São Paulo; every term matches as a prefix, so `서울`
//! finds 서울특별시 and `c40` finds C40. SQLite answers from FTS5 (ranked by bm25), PostgreSQL
//! from a GIN-indexed `tsvector` (ranked by ts_rank). The index is rebuilt by every import.

use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, EntityTrait, Statement, Value};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::db::Db;
use crate::error::{AppError, AppResult};

/// Declares [`SearchKind`] and the index's documents from the kinds the registry says search
/// finds.
macro_rules! searched_kinds {
    ($($type:ident($module:ident, $record:ident): $key:ident)+) => {
        /// The kinds of record search finds.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum SearchKind {
            $(#[doc = concat!("Found by its `", stringify!($key), "`.")] $type,)+
        }

        impl SearchKind {
            pub const ALL: &[SearchKind] = &[$(SearchKind::$type,)+];

            /// The kind as the index stores it: its table's name.
            fn as_str(self) -> &'static str {
                match self {
                    $(SearchKind::$type => stringify!($module),)+
                }
            }
        }

        /// Every searchable record's document.
        async fn documents(db: &impl ConnectionTrait) -> Result<Vec<Document>, DbErr> {
            let mut documents = Vec::new();
            $(documents.extend(documents_of::<entity::$module::Entity>(db).await?);)+
            Ok(documents)
        }
    };
}
crate::kinds::with_kinds!(searched: searched_kinds);

impl SearchKind {
    fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|kind| kind.as_str() == text)
    }
}

/// One search result: which record, and how well it matched (higher is better).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: SearchKind,
    pub key: String,
    pub score: f64,
}

/// Lower case, accents removed, Hangul and other scripts kept as they are.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .nfc()
        .flat_map(char::to_lowercase)
        .collect()
}

/// Most characters a search text may have.
pub const MAX_TEXT_CHARS: usize = 200;

/// Most words a search text may have.
pub const MAX_TEXT_WORDS: usize = 20;

/// The words of a search text, folded, each needed once: every word matches as a prefix, so a
/// word that is a prefix of another (or repeats it) matches every record the longer one does.
/// The index checks each word against every match, so `a a a …` would cost its length squared.
fn terms(text: &str) -> AppResult<Vec<String>> {
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(AppError::BadUserInput(format!(
            "`text` has {chars} characters; the limit is {MAX_TEXT_CHARS}"
        )));
    }
    let folded = fold(text);
    let mut terms: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|term| !term.is_empty())
        .collect();
    if terms.len() > MAX_TEXT_WORDS {
        return Err(AppError::BadUserInput(format!(
            "`text` has {} words; the limit is {MAX_TEXT_WORDS}",
            terms.len()
        )));
    }
    // Sorted, a word that is a prefix of any later one is a prefix of the next one.
    terms.sort_unstable();
    let mut needed = Vec::with_capacity(terms.len());
    for (at, term) in terms.iter().enumerate() {
        if terms.get(at + 1).is_none_or(|next| !next.starts_with(term)) {
            needed.push((*term).to_string());
        }
    }
    Ok(needed)
}

/// A row of the index: (kind, natural key, text).
pub type Document = (SearchKind, String, String);

pub fn joined(parts: &[Option<&str>]) -> String {
    fold(
        &parts
            .iter()
            .flatten()
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// A record that has a document in the search index (each searchable kind's model, in its
/// module of [`crate::kinds`]).
pub trait Indexed {
    fn document(&self) -> Document;
}

async fn documents_of<E: EntityTrait>(db: &impl ConnectionTrait) -> Result<Vec<Document>, DbErr>
where
    E::Model: Indexed,
{
    Ok(E::find()
        .all(db)
        .await?
        .iter()
        .map(Indexed::document)
        .collect())
}

/// Replaces one record's document: `old` is the (kind, key) it was indexed under, `new` its
/// document now; either may be missing (a record created, or deleted).
pub async fn refresh(
    db: &impl ConnectionTrait,
    old: Option<(SearchKind, String)>,
    new: Option<Document>,
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    if let Some((kind, key)) = old {
        let sql = format!(
            "DELETE FROM search_document WHERE kind = {} AND record_key = {}",
            placeholder(backend, 0),
            placeholder(backend, 1)
        );
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [Value::from(kind.as_str()), Value::from(key)],
        ))
        .await?;
    }
    if let Some((kind, key, text)) = new {
        let sql = format!(
            "INSERT INTO search_document (kind, record_key, text) VALUES ({}, {}, {})",
            placeholder(backend, 0),
            placeholder(backend, 1),
            placeholder(backend, 2)
        );
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [
                Value::from(kind.as_str()),
                Value::from(key),
                Value::from(text),
            ],
        ))
        .await?;
    }
    Ok(())
}

/// Rebuilds the search index from the records.
pub async fn reindex(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    db.execute_unprepared("DELETE FROM search_document").await?;
    for chunk in documents(db).await?.chunks(100) {
        let mut values = Vec::with_capacity(chunk.len() * 3);
        let mut rows = Vec::with_capacity(chunk.len());
        for (kind, key, text) in chunk {
            let first = values.len();
            rows.push(format!(
                "({}, {}, {})",
                placeholder(backend, first),
                placeholder(backend, first + 1),
                placeholder(backend, first + 2)
            ));
            values.extend([
                Value::from(kind.as_str()),
                Value::from(key.as_str()),
                Value::from(text.as_str()),
            ]);
        }
        let sql = format!(
            "INSERT INTO search_document (kind, record_key, text) VALUES {}",
            rows.join(", ")
        );
        db.execute_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?;
    }
    Ok(())
}

/// Fills an empty index, for a database loaded before the index existed.
pub async fn ensure_indexed(db: &Db) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let empty = db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT count(*) AS n FROM search_document",
        ))
        .await?
        .and_then(|row| row.try_get::<i64>("", "n").ok())
        .is_none_or(|count| count == 0);
    if empty { reindex(db).await } else { Ok(()) }
}

fn placeholder(backend: DatabaseBackend, index: usize) -> String {
    match backend {
        DatabaseBackend::Postgres => format!("${}", index + 1),
        _ => "?".into(),
    }
}

/// The best `limit` matches of `text` among records of `kinds`, best first.
pub async fn search(db: &Db, text: &str, kinds: &[SearchKind], limit: u64) -> AppResult<Vec<Hit>> {
    let terms = terms(text)?;
    if terms.is_empty() {
        return Err(AppError::BadUserInput(
            "`text` has no letters or digits to search for".into(),
        ));
    }
    let kinds = if kinds.is_empty() {
        SearchKind::ALL
    } else {
        kinds
    };
    // Kinds come from our own enum, never from the client's text: safe to inline.
    let kind_list = kinds
        .iter()
        .map(|kind| format!("'{}'", kind.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let backend = db.get_database_backend();
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let statement = match backend {
        DatabaseBackend::Postgres => {
            let query = terms
                .iter()
                .map(|term| format!("{term}:*"))
                .collect::<Vec<_>>()
                .join(" & ");
            Statement::from_sql_and_values(
                backend,
                format!(
                    "SELECT kind, record_key, ts_rank(document, query)::float8 AS score \
                     FROM search_document, to_tsquery('simple', $1) AS query \
                     WHERE document @@ query AND kind IN ({kind_list}) \
                     ORDER BY score DESC, length(text), kind, record_key LIMIT $2"
                ),
                [Value::from(query), Value::from(limit)],
            )
        }
        _ => {
            let query = terms
                .iter()
                .map(|term| format!("\"{term}\"*"))
                .collect::<Vec<_>>()
                .join(" AND ");
            Statement::from_sql_and_values(
                backend,
                format!(
                    "SELECT kind, record_key, -bm25(search_document) AS score \
                     FROM search_document WHERE search_document MATCH ? AND kind IN ({kind_list}) \
                     ORDER BY score DESC, length(text), kind, record_key LIMIT ?"
                ),
                [Value::from(query), Value::from(limit)],
            )
        }
    };
    let rows = db.query_all_raw(statement).await?;
    let mut hits = Vec::with_capacity(rows.len());
    for row in rows {
        let kind: String = row.try_get("", "kind")?;
        if let Some(kind) = SearchKind::parse(&kind) {
            hits.push(Hit {
                kind,
                key: row.try_get("", "record_key")?,
                score: row.try_get("", "score")?,
            });
        }
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::{fold, terms};

    #[test]
    fn folding_removes_accents_and_case_but_keeps_hangul() {
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_eq!(fold("Bogotá, Montréal"), "bogota, montreal");
        assert_eq!(fold("서울특별시"), "서울특별시");
        assert_eq!(terms("  C40 -- Cities! ").unwrap(), vec!["c40", "cities"]);
    }

    #[test]
    fn a_word_is_searched_once_and_not_beside_a_longer_word_it_starts() {
        assert_eq!(terms("sao sao s paulo").unwrap(), vec!["paulo", "sao"]);
        assert_eq!(terms("a ab b").unwrap(), vec!["ab", "b"]);
    }
}
