//! Loader of a city's agreements, found from either side: agreements are stored once per pair.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use entity::{AgreementKind, agreement};
use sea_orm::sea_query::Expr;
use sea_orm::{Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{DbLoader, LoadError, by_id};
use crate::error::AppError;
use crate::service::{diplomacy, one_of};

by_id!(
    /// An agreement by id: a step of a path.
    AgreementById => agreement::Entity
);

/// The agreements of a city, optionally of one kind and in force on one day.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AgreementsOfCity {
    pub city: i32,
    pub kind: Option<AgreementKind>,
    pub as_of: Option<String>,
}

impl Loader<AgreementsOfCity> for DbLoader {
    type Value = Vec<agreement::Model>;
    type Error = LoadError;

    /// One statement per distinct pair of `kind` and `asOf` arguments among the keys.
    async fn load(
        &self,
        keys: &[AgreementsOfCity],
    ) -> Result<HashMap<AgreementsOfCity, Self::Value>, Self::Error> {
        let mut by_filter: HashMap<(Option<AgreementKind>, Option<String>), HashSet<i32>> =
            HashMap::new();
        for key in keys {
            by_filter
                .entry((key.kind, key.as_of.clone()))
                .or_default()
                .insert(key.city);
        }
        let mut loaded: HashMap<AgreementsOfCity, Vec<agreement::Model>> = HashMap::new();
        let backend = self.db.get_database_backend();
        let party = |column: agreement::Column| Expr::col((agreement::Entity, column));
        for ((kind, as_of), cities) in by_filter {
            let query = agreement::Entity::find()
                .filter(
                    Condition::any()
                        .add(one_of(
                            backend,
                            party(agreement::Column::PartyAId),
                            cities.clone(),
                        ))
                        .add(one_of(
                            backend,
                            party(agreement::Column::PartyBId),
                            cities.clone(),
                        )),
                )
                .filter(diplomacy::of_kind_in_force(kind, as_of.as_deref()))
                .order_by_asc(agreement::Column::Id);
            let rows = query
                .all(&self.db)
                .await
                .map_err(|error| Arc::new(AppError::from(error)))?;
            for row in rows {
                for city in [row.party_a_id, row.party_b_id] {
                    if cities.contains(&city) {
                        let key = AgreementsOfCity {
                            city,
                            kind,
                            as_of: as_of.clone(),
                        };
                        loaded.entry(key).or_default().push(row.clone());
                    }
                }
            }
        }
        Ok(loaded)
    }
}
