//! The `Agreement` type. Agreements are symmetric: reached through a city, `city` is that
//! city and `partner` the other party; reached from the root, both are in `parties`.

use async_graphql::{Context, Object, Result};
use entity::agreement;
use paradiplo_macros::{node_fields, row_fields};

use super::{AgreementKind, AgreementStatus, Citation, City, citations, load, loader, year_of};
use crate::graphql::loaders::*;
use crate::graphql::rows::relations;

/// A sister-city, friendship-city or other partnership agreement between two cities.
pub struct Agreement {
    model: agreement::Model,
    /// The party the agreement was reached through, if any.
    seen_from: Option<i32>,
}

impl Agreement {
    pub fn seen_from(model: agreement::Model, city: i32) -> Self {
        Self {
            model,
            seen_from: Some(city),
        }
    }
}

impl Agreement {
    /// Makes `city` the side this agreement is seen from.
    pub fn see_from(&mut self, city: i32) {
        self.seen_from = Some(city);
    }

    /// The other party than the city this agreement is seen from; none at the root.
    fn partner_id(&self) -> Option<i32> {
        match self.seen_from {
            Some(id) if id == self.model.party_a_id => Some(self.model.party_b_id),
            Some(_) => Some(self.model.party_a_id),
            None => None,
        }
    }
}

impl From<agreement::Model> for Agreement {
    fn from(model: agreement::Model) -> Self {
        Self {
            model,
            seen_from: None,
        }
    }
}

relations!(Agreement {
    "city" => one City: by |agreement| agreement.seen_from.map(CityById);
    "partner" => one City: by |agreement| agreement.partner_id().map(CityById);
});

/// A sister-city, friendship-city or other partnership agreement between two cities.
#[node_fields(audited, model = model)]
#[row_fields]
#[Object]
impl Agreement {
    /// Sister, friendship or other partnership.
    async fn kind(&self) -> AgreementKind {
        self.model.kind.into()
    }

    /// Whether the agreement is in force.
    async fn status(&self) -> AgreementStatus {
        self.model.status.into()
    }

    /// Date of signature as precise as the sources give it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    async fn signed_on(&self) -> Option<&str> {
        self.model.signed_on.as_deref()
    }

    /// Year of signature, where known.
    async fn signed_year(&self) -> Option<i32> {
        year_of(&self.model.signed_on)
    }

    /// Date the agreement ended, as precise as known.
    async fn ended_on(&self) -> Option<&str> {
        self.model.ended_on.as_deref()
    }

    /// What the sources add: periods, disputes, earlier statuses.
    async fn note(&self) -> Option<&str> {
        self.model.note.as_deref()
    }

    /// Great-circle distance in km between the two cities' coordinates; null when one is
    /// unknown.
    async fn distance_km(&self) -> Option<f64> {
        self.model.distance_km
    }

    /// Both parties, in stored order.
    #[graphql(complexity = "2 * child_complexity")]
    async fn parties(&self, ctx: &Context<'_>) -> Result<Vec<City>> {
        let ids = [
            CityById(self.model.party_a_id),
            CityById(self.model.party_b_id),
        ];
        let mut loaded = loader(ctx).load_many(ids).await?;
        Ok(ids
            .iter()
            .filter_map(|id| loaded.remove(id))
            .map(City::from)
            .collect())
    }

    /// The city this agreement was reached through; null at the root.
    async fn city(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        match self.seen_from {
            Some(id) => Ok(load(ctx, CityById(id)).await?.map(City::from)),
            None => Ok(None),
        }
    }

    /// The other party, seen from the city this agreement was reached through; null at the root.
    async fn partner(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        match self.partner_id() {
            Some(partner) => Ok(load(ctx, CityById(partner)).await?.map(City::from)),
            None => Ok(None),
        }
    }

    /// Where this agreement is documented.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn sources(&self, ctx: &Context<'_>) -> Result<Vec<Citation>> {
        citations(ctx, Cited::Agreement, self.model.id).await
    }
}
