//! Loader of a city's agreements, found from either side: agreements are stored once per pair.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use entity::agreement;
use sea_orm::sea_query::Expr;
use sea_orm::{Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{DbLoader, LoadError, by_id};
use crate::error::AppError;
use crate::service::diplomacy::AgreementArgs;
use crate::service::one_of;

by_id!(
    /// An agreement by id: a step of a path.
    AgreementById => agreement::Entity
);

/// The agreements of a city that the simple arguments select.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AgreementsOfCity {
    pub city: i32,
    pub args: AgreementArgs,
}

impl Loader<AgreementsOfCity> for DbLoader {
    type Value = Vec<agreement::Model>;
    type Error = LoadError;

    /// One statement per distinct set of simple arguments among the keys.
    async fn load(
        &self,
        keys: &[AgreementsOfCity],
    ) -> Result<HashMap<AgreementsOfCity, Self::Value>, Self::Error> {
        let mut by_args: HashMap<&AgreementArgs, HashSet<i32>> = HashMap::new();
        for key in keys {
            by_args.entry(&key.args).or_default().insert(key.city);
        }
        let mut loaded: HashMap<AgreementsOfCity, Vec<agreement::Model>> = HashMap::new();
        let backend = self.db.get_database_backend();
        let party = |column: agreement::Column| Expr::col((agreement::Entity, column));
        for (args, cities) in by_args {
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
                .filter(args.narrow(Condition::all(), None))
                .order_by_asc(agreement::Column::Id);
            let rows = entity::row::all(query, &self.db)
                .await
                .map_err(|error| Arc::new(AppError::from(error)))?;
            for row in rows {
                for city in [row.party_a_id, row.party_b_id] {
                    if cities.contains(&city) {
                        let key = AgreementsOfCity {
                            city,
                            args: args.clone(),
                        };
                        loaded.entry(key).or_default().push(row.clone());
                    }
                }
            }
        }
        Ok(loaded)
    }
}
