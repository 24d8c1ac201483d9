//! A grouping of countries such as ASEAN or CIS.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow)]
#[sea_orm(table_name = "country_group")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub code: String,
    pub name_en: String,
    pub name_ko: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::country_group_member::Entity")]
    Member,
}

impl Related<super::country_group_member::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Member.def()
    }
}

impl Related<super::country::Entity> for Entity {
    fn to() -> RelationDef {
        super::country_group_member::Relation::Country.def()
    }
    fn via() -> Option<RelationDef> {
        Some(
            super::country_group_member::Relation::CountryGroup
                .def()
                .rev(),
        )
    }
}

impl ActiveModelBehavior for ActiveModel {}
