//! Loader of a city's agreements, found from either side: agreements are stored once per pair.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use entity::{AgreementKind, agreement};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

use super::{DbLoader, LoadError};
use crate::error::AppError;

/// The agreements of a city, optionally of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AgreementsOfCity {
    pub city: i32,
    pub kind: Option<AgreementKind>,
}

impl Loader<AgreementsOfCity> for DbLoader {
    type Value = Vec<agreement::Model>;
    type Error = LoadError;

    /// One statement per distinct `kind` argument among the keys.
    async fn load(
        &self,
        keys: &[AgreementsOfCity],
    ) -> Result<HashMap<AgreementsOfCity, Self::Value>, Self::Error> {
        let mut by_kind: HashMap<Option<AgreementKind>, HashSet<i32>> = HashMap::new();
        for key in keys {
            by_kind.entry(key.kind).or_default().insert(key.city);
        }
        let mut loaded: HashMap<AgreementsOfCity, Vec<agreement::Model>> = HashMap::new();
        for (kind, cities) in by_kind {
            let mut query = agreement::Entity::find()
                .filter(
                    Condition::any()
                        .add(agreement::Column::PartyAId.is_in(cities.clone()))
                        .add(agreement::Column::PartyBId.is_in(cities.clone())),
                )
                .order_by_asc(agreement::Column::Id);
            if let Some(kind) = kind {
                query = query.filter(agreement::Column::Kind.eq(kind));
            }
            let rows = query
                .all(&self.db)
                .await
                .map_err(|error| Arc::new(AppError::from(error)))?;
            for row in rows {
                for city in [row.party_a_id, row.party_b_id] {
                    if cities.contains(&city) {
                        loaded
                            .entry(AgreementsOfCity { city, kind })
                            .or_default()
                            .push(row.clone());
                    }
                }
            }
        }
        Ok(loaded)
    }
}
