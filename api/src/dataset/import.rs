//! Import: validate every record against the files and the database first, then upsert by
//! identity (the natural key, or the first one of a renamed record) in one transaction. Rows
//! that are already as the file says are left untouched, so importing the same files again
//! changes nothing; rows the files do not mention stay.

use std::collections::{HashMap, HashSet};
use std::fmt;

use entity::{citation, country_group_member};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, DbErr,
    EntityTrait, Iterable, ModelTrait, PrimaryKeyToColumn, QueryFilter, QueryOrder,
    TransactionTrait, Value,
};

use sea_orm::sea_query::{Expr, ExprTrait};

use super::Refs;
use super::kind::{CitationRecord, CitationsById, RecordKind};

use super::{Dataset, DatasetError, import_all};
use crate::db::Db;

/// Rows are inserted in batches of this many to stay below SQLite's bound-parameter limit.
pub(super) const INSERT_BATCH: usize = 200;

/// What an import changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Records whose list of citations was replaced.
    pub recited: usize,
}

impl ImportReport {
    pub fn changed_nothing(&self) -> bool {
        self.inserted == 0 && self.updated == 0 && self.recited == 0
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} inserted, {} updated, {} unchanged, {} with new citations",
            self.inserted, self.updated, self.unchanged, self.recited
        )
    }
}

/// One reason a record cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub file: &'static str,
    pub record: String,
    pub reason: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: record `{}`: {}",
            self.file, self.record, self.reason
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the dataset is invalid; nothing was imported:\n{}", .0.iter().map(|issue| format!("  - {issue}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Issue>),
    #[error("database error: {0}")]
    Database(#[from] DbErr),
}

/// Imports `dataset` in one transaction: all of it, or nothing.
pub async fn import(db: &Db, dataset: &Dataset) -> Result<ImportReport, DatasetError> {
    let txn = db.begin().await?;
    let report = import_all(dataset, &txn).await?;
    // Derived from the cities' coordinates as the files leave them; only changed rows are
    // written, so importing the same files again still changes nothing.
    crate::service::distance::refresh_distances(&txn, None).await?;
    txn.commit().await?;
    Ok(report)
}

/// Keys and ids of every stored record that other records may refer to.
pub async fn load_refs(db: &impl ConnectionTrait) -> Result<Refs, DbErr> {
    refs_within(db, None).await
}

/// What some records mention: every text and whole number in them, a superset of the keys and
/// ids they refer to.
#[derive(Debug, Default)]
pub struct Mentions {
    texts: Vec<String>,
    ids: Vec<i32>,
}

impl Mentions {
    pub fn of(values: &[&serde_json::Value]) -> Self {
        let mut mentions = Self::default();
        let mut pending: Vec<&serde_json::Value> = values.to_vec();
        while let Some(value) = pending.pop() {
            match value {
                serde_json::Value::String(text) => mentions.texts.push(text.clone()),
                serde_json::Value::Number(number) => {
                    if let Some(id) = number.as_i64().and_then(|id| i32::try_from(id).ok()) {
                        mentions.ids.push(id);
                    }
                }
                serde_json::Value::Array(items) => pending.extend(items),
                serde_json::Value::Object(fields) => pending.extend(fields.values()),
                _ => {}
            }
        }
        mentions
    }
}

/// Like [`load_refs`], but only the records `mentions` may refer to, so that one edit does not
/// read whole tables.
pub async fn load_refs_mentioned(
    db: &impl ConnectionTrait,
    mentions: &Mentions,
) -> Result<Refs, DbErr> {
    refs_within(db, Some(mentions)).await
}

/// Rows of `E` whose id or `key` column is mentioned, or all of them.
async fn mentioned<E: EntityTrait>(
    db: &impl ConnectionTrait,
    mentions: Option<&Mentions>,
    id: E::Column,
    key: E::Column,
) -> Result<Vec<E::Model>, DbErr> {
    let mut query = E::find();
    if let Some(mentions) = mentions {
        query = query.filter(
            Condition::any()
                .add(id.is_in(mentions.ids.iter().copied()))
                .add(key.is_in(mentions.texts.iter().cloned())),
        );
    }
    query.all(db).await
}

async fn refs_within(
    db: &impl ConnectionTrait,
    mentions: Option<&Mentions>,
) -> Result<Refs, DbErr> {
    use entity::{city, country, organization, source};

    let mut refs = Refs::default();
    // Sources are few, and citations refer to them from rows other than the mentioned ones.
    register::<super::SourceRecord>(&source::Entity::find().all(db).await?, &mut refs);
    register::<super::CountryGroupRecord>(
        &entity::country_group::Entity::find().all(db).await?,
        &mut refs,
    );
    let countries =
        mentioned::<country::Entity>(db, mentions, country::Column::Id, country::Column::Code)
            .await?;
    let mut members = country_group_member::Entity::find();
    if mentions.is_some() {
        members = members.filter(
            country_group_member::Column::CountryId
                .is_in(countries.iter().map(|country| country.id)),
        );
    }
    for member in members.all(db).await? {
        let code = refs.groups.key(member.country_group_id);
        refs.country_groups
            .entry(member.country_id)
            .or_default()
            .push(code);
    }
    for codes in refs.country_groups.values_mut() {
        codes.sort();
    }
    register::<super::CountryRecord>(&countries, &mut refs);
    let cities =
        mentioned::<city::Entity>(db, mentions, city::Column::Id, city::Column::Slug).await?;
    register::<super::CityRecord>(&cities, &mut refs);
    let organizations = mentioned::<organization::Entity>(
        db,
        mentions,
        organization::Column::Id,
        organization::Column::Slug,
    )
    .await?;
    register::<super::OrganizationRecord>(&organizations, &mut refs);
    Ok(refs)
}

fn register<K: RecordKind>(models: &[K::Model], refs: &mut Refs) {
    let keys: Vec<(String, i32)> = models
        .iter()
        .map(|model| (K::from_row(model, refs).key(), K::id(model)))
        .collect();
    if let Some(map) = K::key_map(refs) {
        for (key, id) in keys {
            map.insert(key, id);
        }
    }
}

fn normalized<K: RecordKind>(record: &K) -> K {
    record.clone().canonical()
}

/// Validates one kind's records, then makes their keys known to the kinds after it.
pub fn check_kind<K: RecordKind>(
    records: &[K],
    refs: &mut Refs,
    issues: &mut Vec<super::import::Issue>,
) {
    let mut seen = HashSet::new();
    let mut identities = HashSet::new();
    let mut keys = Vec::new();
    for record in records.iter().map(normalized) {
        let key = record.key();
        let mut reasons = record.problems();
        if !seen.insert(key.clone()) {
            reasons.push("appears more than once in the file".into());
        } else if !identities.insert(record.identity()) {
            reasons.push(format!(
                "its first key `{}` is another record's key or first key in the file",
                record.identity()
            ));
        }
        if let Err(reason) = record.to_row(refs) {
            reasons.push(reason);
        }
        for cited in record.citations() {
            if let Err(reason) = refs.sources.id("source", &cited.source) {
                reasons.push(format!("in `sources`: {reason}"));
            }
        }
        issues.extend(reasons.into_iter().map(|reason| Issue {
            file: K::FILE,
            record: key.clone(),
            reason,
        }));
        keys.push(key);
    }
    if let Some(map) = K::key_map(refs) {
        for key in keys {
            map.insert_pending(key);
        }
    }
}

/// Stored citations of kind `K`, by record id, in storage order.
pub async fn load_citations<K: RecordKind>(
    db: &impl ConnectionTrait,
    refs: &Refs,
) -> Result<CitationsById, DbErr> {
    let mut by_record = CitationsById::new();
    let Some(column) = K::CITED_BY else {
        return Ok(by_record);
    };
    let citations = citation::Entity::find()
        .filter(column.is_not_null())
        .order_by_asc(citation::Column::Id)
        .all(db)
        .await?;
    for cited in citations {
        if let Value::Int(Some(id)) = cited.get(column) {
            by_record.entry(id).or_default().push(CitationRecord {
                source: refs.sources.key(cited.source_id),
                locator: cited.locator,
                reference: cited.reference,
            });
        }
    }
    Ok(by_record)
}

/// Upserts one kind's (already validated) records and their citations.
pub async fn write_kind<K: RecordKind>(
    records: &[K],
    txn: &DatabaseTransaction,
    refs: &mut Refs,
    report: &mut ImportReport,
) -> Result<(), ImportError>
where
    <K::Entity as EntityTrait>::ActiveModel:
        ActiveModelTrait<Entity = K::Entity> + sea_orm::ActiveModelBehavior + Send,
{
    if records.is_empty() {
        return Ok(());
    }
    let records: Vec<K> = records.iter().map(normalized).collect();
    // By identity, so that a file written after a rename renames the record here too.
    let stored: HashMap<String, (i32, K)> = K::Entity::find()
        .all(txn)
        .await?
        .iter()
        .map(|model| {
            let record = K::from_row(model, refs);
            (record.identity(), (K::id(model), record))
        })
        .collect();
    let id_column = <K::Entity as EntityTrait>::PrimaryKey::iter()
        .next()
        .map(PrimaryKeyToColumn::into_column);
    let version_column = <K::Entity as EntityTrait>::Column::iter()
        .find(|column| sea_orm::IdenStatic::as_str(column) == "version");

    let mut inserts = Vec::new();
    for record in &records {
        let mut bare = record.clone();
        bare.set_citations(Vec::new());
        let row = record
            .to_row(refs)
            .map_err(|reason| invalid::<K>(record, reason))?;
        match stored.get(&record.identity()) {
            Some((_, old)) if *old == bare => report.unchanged += 1,
            Some((id, _)) => {
                let mut row = row;
                if let Some(column) = id_column {
                    row.set(column, (*id).into());
                    // A changed row is a new version, so an editor holding the old one gets a
                    // VERSION_CONFLICT instead of overwriting the import.
                    if let Some(version) = version_column {
                        K::Entity::update_many()
                            .col_expr(version, Expr::col(version).add(1))
                            .filter(Expr::col(column).eq(*id))
                            .exec(txn)
                            .await?;
                    }
                }
                K::Entity::update(row).exec(txn).await?;
                report.updated += 1;
            }
            None => inserts.push(row),
        }
    }
    report.inserted += inserts.len();
    for batch in inserts.chunks(INSERT_BATCH) {
        K::Entity::insert_many(batch.to_vec())
            .exec_without_returning(txn)
            .await?;
    }

    let models = K::Entity::find().all(txn).await?;
    register::<K>(&models, refs);
    if let Some(column) = K::CITED_BY {
        let ids: HashMap<String, i32> = models
            .iter()
            .map(|model| (K::from_row(model, refs).key(), K::id(model)))
            .collect();
        let stored_citations = load_citations::<K>(txn, refs).await?;
        let mut new_citations = Vec::new();
        for record in &records {
            let id = ids[&record.key()];
            if stored_citations
                .get(&id)
                .map(Vec::as_slice)
                .unwrap_or_default()
                == record.citations()
            {
                continue;
            }
            report.recited += 1;
            citation::Entity::delete_many()
                .filter(column.eq(id))
                .exec(txn)
                .await?;
            for cited in record.citations() {
                let mut row = citation::ActiveModel {
                    source_id: sea_orm::Set(
                        refs.sources
                            .id("source", &cited.source)
                            .map_err(|reason| invalid::<K>(record, reason))?,
                    ),
                    locator: sea_orm::Set(cited.locator.clone()),
                    reference: sea_orm::Set(cited.reference.clone()),
                    ..Default::default()
                };
                row.set(column, id.into());
                new_citations.push(row);
            }
        }
        for batch in new_citations.chunks(INSERT_BATCH) {
            citation::Entity::insert_many(batch.to_vec())
                .exec_without_returning(txn)
                .await?;
        }
    }
    K::write_extra(&records, txn, refs).await?;
    Ok(())
}

fn invalid<K: RecordKind>(record: &K, reason: String) -> ImportError {
    ImportError::Invalid(vec![Issue {
        file: K::FILE,
        record: record.key(),
        reason,
    }])
}
