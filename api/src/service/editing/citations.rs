//! Citations as a kind of their own on the write side: added to, changed on and removed from
//! the record they back. (In the dataset files they are written inside their records.)

use entity::citation;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, ModelTrait,
    PaginatorTrait, QueryFilter, Value,
};
use serde::{Deserialize, Serialize};

use super::{Editable, Stored};
use crate::dataset::{KeyMap, RecordKind, Referred, Refs, Registered};
use crate::error::{AppError, AppResult};
use crate::kinds::Cited;
use crate::service::records::{self, IdKey, Identified, NodeKey};

/// A citation in the write side's format: the record it backs as `Type:row id`, and its source.
#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationEntry {
    pub record: String,
    pub source: String,
    pub locator: String,
    pub reference: Option<String>,
}

impl CitationEntry {
    /// The column and row id of the record the citation backs.
    fn cited(&self) -> Result<(citation::Column, i32), String> {
        let (name, id) = self
            .record
            .split_once(':')
            .ok_or_else(|| format!("`record` `{}` is not a record", self.record))?;
        let column = Cited::ALL
            .iter()
            .find(|cited| cited.type_name() == name)
            .map(|cited| cited.column())
            .ok_or_else(|| format!("`record`: a {name} does not carry citations"))?;
        let id = id
            .parse()
            .map_err(|_| format!("`record` `{}` is not a record", self.record))?;
        Ok((column, id))
    }
}

/// The column and row id of the record a stored citation backs, and its `Type:row id`.
fn cited_record(model: &citation::Model) -> Option<(citation::Column, i32, String)> {
    Cited::ALL
        .iter()
        .find_map(|cited| match model.get(cited.column()) {
            Value::Int(Some(id)) => {
                Some((cited.column(), id, format!("{}:{id}", cited.type_name())))
            }
            _ => None,
        })
}

/// Declares [`cited_row`] for the kinds the registry says citations back.
macro_rules! cited_rows {
    ($($type:ident($module:ident, $record:ident): $cited:ident)+) => {
        /// `Type:row id` of the record of type `type_name` whose global id has `key`: kinds
        /// with a natural key are found by it (by their first one, where editors may rename
        /// them), the others are identified by row id already.
        pub async fn cited_row(
            db: &impl ConnectionTrait,
            type_name: &str,
            key: &str,
        ) -> AppResult<String> {
            $(
                if type_name == <crate::kinds::$record as Registered>::TYPE {
                    return row_of::<crate::kinds::$record>(db, key).await;
                }
            )+
            Ok(format!("{type_name}:{key}"))
        }
    };
}
crate::kinds::with_kinds!(cited: cited_rows);

/// `Type:row id` of the record of kind `K` whose global id has `key`.
async fn row_of<K: Identified>(db: &impl ConnectionTrait, key: &str) -> AppResult<String> {
    let id_key = match K::ID_KEY {
        IdKey::FirstKey(column) => records::id_key(column),
        IdKey::Key(column) => Expr::col(column),
        IdKey::RowId => return Ok(format!("{}:{key}", K::TYPE)),
    };
    let model = K::Entity::find()
        .filter(id_key.eq(key))
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no {} `{key}`", K::TYPE)))?;
    Ok(format!("{}:{}", K::TYPE, K::id(&model)))
}

impl Registered for CitationEntry {
    const TYPE: &'static str = "Citation";
    const FILE: &'static str = "citations (inside their records)";
    const CITED_BY: Option<citation::Column> = None;
}

impl Referred for CitationEntry {
    fn key_map(_refs: &mut Refs) -> Option<&mut KeyMap> {
        None
    }
}

impl RecordKind for CitationEntry {
    type Entity = citation::Entity;
    type Model = citation::Model;

    fn key(&self) -> String {
        format!("{} {} {}", self.record, self.source, self.locator)
    }
    fn check(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.locator.trim().is_empty() {
            problems.push("`locator` is empty: say where in the source the fact is".into());
        }
        if let Err(problem) = self.cited() {
            problems.push(problem);
        }
        problems
    }
    fn to_row(&self, refs: &Refs) -> Result<citation::ActiveModel, String> {
        let (column, id) = self.cited()?;
        let mut row = citation::ActiveModel {
            source_id: Set(refs.sources.id("source", &self.source)?),
            locator: Set(Some(self.locator.clone())),
            reference: Set(self.reference.clone()),
            ..Default::default()
        };
        sea_orm::ActiveModelTrait::set(&mut row, column, id.into());
        Ok(row)
    }
    fn from_row(model: &citation::Model, refs: &Refs) -> Self {
        Self {
            record: cited_record(model)
                .map(|(_, _, record)| record)
                .unwrap_or_default(),
            source: refs.sources.key(model.source_id),
            locator: model.locator.clone().unwrap_or_default(),
            reference: model.reference.clone(),
        }
    }
    fn id(model: &citation::Model) -> i32 {
        model.id
    }
}

impl Identified for CitationEntry {
    const ID_KEY: IdKey<citation::Column> = IdKey::RowId;
    const WHAT: &'static str = "citation";
}

impl NodeKey for citation::Model {
    fn node_key(&self) -> String {
        self.id.to_string()
    }
}

impl Stored for citation::Model {
    const VERSION: citation::Column = citation::Column::Version;

    fn version(&self) -> i32 {
        self.version
    }
    fn first_key(&self) -> Option<String> {
        None
    }
}

impl Editable for CitationEntry {
    const UNIQUE: &'static str = "record, source and locator";
    async fn before_delete(txn: &DatabaseTransaction, id: i32) -> AppResult<()> {
        let Some(model) = citation::Entity::find_by_id(id).one(txn).await? else {
            return Ok(());
        };
        let Some((column, record_id, _)) = cited_record(&model) else {
            return Ok(());
        };
        let citations = citation::Entity::find()
            .filter(column.eq(record_id))
            .filter(citation::Column::Id.ne(id))
            .count(txn)
            .await?;
        if citations == 0 {
            return Err(AppError::conflict(
                "this is the last citation of its record: every fact needs one; add another first",
            ));
        }
        Ok(())
    }
}
