//! The `Statistic` and `Period` types: figures and phases the sources state.

use async_graphql::{Context, Object, Result};
use entity::{period, statistic};
use paradiplo_macros::{node_fields, row_fields};

use super::{Citation, City, Organization, citations, either, load};
use crate::graphql::loaders::*;
use crate::graphql::rows::relations;

/// A figure a source states about a city or an organization, such as "23 sister cities as of
/// August 2019".
pub struct Statistic(pub statistic::Model);

impl From<statistic::Model> for Statistic {
    fn from(model: statistic::Model) -> Self {
        Self(model)
    }
}

relations!(Statistic {
    "city" => one City: by |statistic| statistic.0.city_id.map(CityById);
    "organization" => one Organization: by |statistic| statistic.0.organization_id.map(OrganizationById);
});

/// A figure a source states about a city or an organization, such as "23 sister cities as of
/// August 2019".
#[node_fields(audited)]
#[row_fields]
#[Object]
impl Statistic {
    /// What is measured, in snake_case, such as `sister_city_count`.
    async fn metric(&self) -> &str {
        &self.0.metric
    }

    /// The breakdown this value belongs to, such as a policy sector; null for a total.
    async fn dimension(&self) -> Option<&str> {
        self.0.dimension.as_deref()
    }

    /// The value.
    async fn value(&self) -> f64 {
        self.0.value
    }

    /// Unit of the value: `count`, `KRW`, `USD`, `percent`, `person`…
    async fn unit(&self) -> &str {
        &self.0.unit
    }

    /// Date the figure refers to, as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    async fn as_of(&self) -> Option<&str> {
        self.0.as_of.as_deref()
    }

    /// What the sources add.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }

    /// The city the figure is about, if it is about a city.
    async fn city(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        match self.0.city_id {
            Some(id) => Ok(load(ctx, CityById(id)).await?.map(City::from)),
            None => Ok(None),
        }
    }

    /// The organization the figure is about, if it is about an organization.
    async fn organization(&self, ctx: &Context<'_>) -> Result<Option<Organization>> {
        match self.0.organization_id {
            Some(id) => Ok(load(ctx, OrganizationById(id))
                .await?
                .map(Organization::from)),
            None => Ok(None),
        }
    }

    /// Where this figure is stated.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn sources(&self, ctx: &Context<'_>) -> Result<Vec<Citation>> {
        citations(ctx, Cited::Statistic, self.0.id).await
    }
}

/// A phase of a city's diplomacy.
pub struct Period(pub period::Model);

impl From<period::Model> for Period {
    fn from(model: period::Model) -> Self {
        Self(model)
    }
}

/// A phase of a city's diplomacy.
#[node_fields]
#[Object]
impl Period {
    /// Name in English where known, else in Korean.
    async fn name(&self) -> String {
        either(&self.0.name_en, &self.0.name_ko)
    }

    /// Name in English, where known.
    async fn name_en(&self) -> Option<&str> {
        self.0.name_en.as_deref()
    }

    /// Name in Korean, where known.
    async fn name_ko(&self) -> Option<&str> {
        self.0.name_ko.as_deref()
    }

    /// First year of the phase.
    async fn start_year(&self) -> i32 {
        self.0.start_year
    }

    /// Last year of the phase; null while it lasts.
    async fn end_year(&self) -> Option<i32> {
        self.0.end_year
    }

    /// What characterizes the phase, as the source says it.
    async fn summary(&self) -> Option<&str> {
        self.0.summary.as_deref()
    }

    /// The city.
    async fn city(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        Ok(load(ctx, CityById(self.0.city_id)).await?.map(City::from))
    }

    /// Where this phase is described.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn sources(&self, ctx: &Context<'_>) -> Result<Vec<Citation>> {
        citations(ctx, Cited::Period, self.0.id).await
    }
}
