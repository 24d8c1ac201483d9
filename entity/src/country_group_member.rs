//! Which country belongs to which country group.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow)]
#[sea_orm(table_name = "country_group_member")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub country_group_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub country_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::country_group::Entity",
        from = "Column::CountryGroupId",
        to = "super::country_group::Column::Id",
        on_delete = "Cascade"
    )]
    CountryGroup,
    #[sea_orm(
        belongs_to = "super::country::Entity",
        from = "Column::CountryId",
        to = "super::country::Column::Id",
        on_delete = "Cascade"
    )]
    Country,
}

impl Related<super::country_group::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CountryGroup.def()
    }
}

impl Related<super::country::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Country.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
