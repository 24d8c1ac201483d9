//! A deleted record, kept whole (with its citations) so that `restore` can bring it back.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow)]
#[sea_orm(table_name = "deleted_record")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub record_type: String,
    /// The row id the record had, and gets back on restore.
    pub record_id: i32,
    pub record_key: String,
    /// The record in the dataset's file format, as JSON.
    #[sea_orm(column_type = "Text")]
    pub record: String,
    pub version: i32,
    pub reason: String,
    pub deleted_by: String,
    pub deleted_at: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
