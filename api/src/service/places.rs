//! Countries, country groups and cities.

use entity::{CityKind, Continent, city, country, country_group, country_group_member};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    RelationTrait,
};

use super::aggregate::{Aggregation, Bucket, Wanted, total_and_groups};
use crate::db::Db;
use crate::error::{AppError, AppResult};
use sea_orm::QueryTrait;
use sea_orm::sea_query::{Expr, ExprTrait};

pub async fn city(db: &Db, slug: &str) -> AppResult<city::Model> {
    super::records::by_key::<city::Entity>(db, city::Column::Slug, slug, "city has the slug").await
}

/// The city with exactly one of a slug and a Wikidata id.
pub async fn city_by(
    db: &Db,
    slug: Option<&str>,
    wikidata_id: Option<&str>,
) -> AppResult<city::Model> {
    match (slug, wikidata_id) {
        (Some(slug), None) => city(db, slug).await,
        (None, Some(id)) => {
            super::records::by_key::<city::Entity>(
                db,
                city::Column::WikidataId,
                id,
                "city has the Wikidata id",
            )
            .await
        }
        _ => Err(AppError::BadUserInput(
            "give exactly one of `slug` and `wikidataId`".into(),
        )),
    }
}

pub async fn city_id(db: &Db, slug: &str) -> AppResult<i32> {
    Ok(city(db, slug).await?.id)
}

/// The id of the city `slug` names, as a scalar subquery a statement can carry instead of a
/// lookup of its own (null when no city has the slug).
pub fn city_id_in_statement(slug: &str) -> Expr {
    let id = city::Entity::find()
        .select_only()
        .column(city::Column::Id)
        .filter(city::Column::Slug.eq(slug))
        .into_query();
    Expr::SubQuery(None, Box::new(id.into()))
}

/// Resolves an optional city slug filter.
pub async fn optional_city_id(db: &Db, slug: Option<&str>) -> AppResult<Option<i32>> {
    match slug {
        Some(slug) => Ok(Some(city_id(db, slug).await?)),
        None => Ok(None),
    }
}

/// `matching` narrowed by the simple arguments of the city lists and their aggregate.
pub fn cities_where(
    matching: Condition,
    country: Option<i32>,
    kind: Option<CityKind>,
) -> Condition {
    matching
        .add_option(country.map(|country| city::Column::CountryId.eq(country)))
        .add_option(kind.map(|kind| city::Column::Kind.eq(kind)))
}

/// The cities `matching` selects among `ids`, in no particular order.
pub async fn cities_among(
    db: &Db,
    matching: Condition,
    ids: impl IntoIterator<Item = i32>,
) -> AppResult<Vec<city::Model>> {
    let id = Expr::col((city::Entity, city::Column::Id));
    Ok(city::Entity::find()
        .filter(matching)
        .filter(super::one_of(db.get_database_backend(), id, ids))
        .all(db)
        .await?)
}

pub async fn country(db: &Db, code: &str) -> AppResult<country::Model> {
    super::records::by_key::<country::Entity>(
        db,
        country::Column::Code,
        &code.to_ascii_uppercase(),
        "country has the ISO code",
    )
    .await
}

pub async fn countries(
    db: &Db,
    continent: Option<Continent>,
    group: Option<&str>,
) -> AppResult<Vec<country::Model>> {
    let mut query = country::Entity::find().order_by_asc(country::Column::Code);
    if let Some(continent) = continent {
        query = query.filter(country::Column::Continent.eq(continent));
    }
    if let Some(code) = group {
        let group = country_group(db, code).await?;
        query = query
            .join(
                sea_orm::JoinType::InnerJoin,
                country::Relation::GroupMember.def(),
            )
            .filter(country_group_member::Column::CountryGroupId.eq(group.id));
    }
    Ok(query.all(db).await?)
}

pub async fn country_groups(db: &Db) -> AppResult<Vec<country_group::Model>> {
    Ok(country_group::Entity::find()
        .order_by_asc(country_group::Column::Code)
        .all(db)
        .await?)
}

pub async fn country_group(db: &Db, code: &str) -> AppResult<country_group::Model> {
    super::records::by_key::<country_group::Entity>(
        db,
        country_group::Column::Code,
        &code.to_ascii_uppercase(),
        "country group has the code",
    )
    .await
}

/// Keys cities can be grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CityKey {
    Kind,
    Country,
    Continent,
}

/// Cities counted in total and per group.
pub async fn cities_aggregate(
    db: &Db,
    matching: Condition,
    group_by: &[CityKey],
    wanted: Wanted,
) -> AppResult<(Bucket, Vec<Bucket>)> {
    let mut query = city::Entity::find().filter(matching).into_query();
    if group_by.contains(&CityKey::Continent) {
        query.inner_join(
            country::Entity,
            Expr::col((country::Entity, country::Column::Id))
                .eq(Expr::col((city::Entity, city::Column::CountryId))),
        );
    }
    let keys = group_by
        .iter()
        .map(|key| match key {
            CityKey::Kind => ("kind", Expr::col((city::Entity, city::Column::Kind))),
            CityKey::Country => (
                "country",
                Expr::col((city::Entity, city::Column::CountryId)),
            ),
            CityKey::Continent => (
                "continent",
                Expr::col((country::Entity, country::Column::Continent)),
            ),
        })
        .collect();
    total_and_groups(
        db,
        query,
        Aggregation {
            keys,
            distinct: Vec::new(),
            numbers: Vec::new(),
        },
        wanted,
    )
    .await
}
