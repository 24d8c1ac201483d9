//! Loaders of records by id, and of the lists that take no filter: a city's periods, a
//! country's groups and a group's countries.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use entity::{city, country, country_group, country_group_member, organization, period};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::{DbLoader, LoadError, by_id, has_many};
use crate::error::AppError;

by_id!(
    /// A city by id: a partner, a host, an exporter, a headquarters…
    CityById => city::Entity
);
by_id!(
    /// A country by id: the country of a city.
    CountryById => country::Entity
);
by_id!(
    /// An organization by id.
    OrganizationById => organization::Entity
);
has_many!(
    /// The phases of a city's diplomacy.
    PeriodsOfCity => period::Entity, period::Column::CityId
);

/// The groups a country belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GroupsOfCountry(pub i32);

impl Loader<GroupsOfCountry> for DbLoader {
    type Value = Vec<country_group::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[GroupsOfCountry],
    ) -> Result<HashMap<GroupsOfCountry, Self::Value>, Self::Error> {
        let rows = country_group_member::Entity::find()
            .filter(country_group_member::Column::CountryId.is_in(keys.iter().map(|key| key.0)))
            .find_also_related(country_group::Entity)
            .all(&self.db)
            .await
            .map_err(|error| std::sync::Arc::new(AppError::from(error)))?;
        let mut grouped: HashMap<GroupsOfCountry, Vec<country_group::Model>> = HashMap::new();
        for (member, group) in rows {
            if let Some(group) = group {
                grouped
                    .entry(GroupsOfCountry(member.country_id))
                    .or_default()
                    .push(group);
            }
        }
        for groups in grouped.values_mut() {
            groups.sort_by(|a, b| a.code.cmp(&b.code));
        }
        Ok(grouped)
    }
}

/// The countries of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CountriesOfGroup(pub i32);

impl Loader<CountriesOfGroup> for DbLoader {
    type Value = Vec<country::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[CountriesOfGroup],
    ) -> Result<HashMap<CountriesOfGroup, Self::Value>, Self::Error> {
        let rows = country_group_member::Entity::find()
            .filter(
                country_group_member::Column::CountryGroupId.is_in(keys.iter().map(|key| key.0)),
            )
            .find_also_related(country::Entity)
            .all(&self.db)
            .await
            .map_err(|error| std::sync::Arc::new(AppError::from(error)))?;
        let mut grouped: HashMap<CountriesOfGroup, Vec<country::Model>> = HashMap::new();
        for (member, country) in rows {
            if let Some(country) = country {
                grouped
                    .entry(CountriesOfGroup(member.country_group_id))
                    .or_default()
                    .push(country);
            }
        }
        for countries in grouped.values_mut() {
            countries.sort_by(|a, b| a.code.cmp(&b.code));
        }
        Ok(grouped)
    }
}
