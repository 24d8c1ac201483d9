//! The `PolicyExport` type.

use async_graphql::{Context, Object, Result};
use entity::policy_export;
use paradiplo_macros::{node_fields, row_fields};

use super::{Citation, City, DeliveryMode, PolicySector, citations, either, load};
use crate::graphql::loaders::*;
use crate::graphql::rows::relations;

/// An urban policy a city shared with (exported to) another city: a policy-sharing project.
pub struct PolicyExport(pub policy_export::Model);

impl From<policy_export::Model> for PolicyExport {
    fn from(model: policy_export::Model) -> Self {
        Self(model)
    }
}

relations!(PolicyExport {
    "exporter" => one City: by |export| Some(CityById(export.0.exporter_id));
    "partner" => one City: by |export| export.0.partner_id.map(CityById);
});

/// An urban policy a city shared with (exported to) another city: a policy-sharing project.
#[node_fields(audited)]
#[row_fields]
#[Object]
impl PolicyExport {
    /// Stable identifier of the project.
    async fn slug(&self) -> &str {
        &self.0.slug
    }

    /// Title in English where known, else in Korean.
    async fn title(&self) -> String {
        either(&self.0.title_en, &self.0.title_ko)
    }

    /// Title in English, where known.
    async fn title_en(&self) -> Option<&str> {
        self.0.title_en.as_deref()
    }

    /// Title in Korean, where known.
    async fn title_ko(&self) -> Option<&str> {
        self.0.title_ko.as_deref()
    }

    /// Policy sector.
    async fn sector(&self) -> PolicySector {
        self.0.sector.into()
    }

    /// Subsector, as the source names it.
    async fn subsector(&self) -> Option<&str> {
        self.0.subsector.as_deref()
    }

    /// How the policy was delivered, where known.
    async fn mode(&self) -> Option<DeliveryMode> {
        self.0.mode.map(Into::into)
    }

    /// Year of the project, where known.
    async fn year(&self) -> Option<i32> {
        self.0.year
    }

    /// Total budget in Korean won, where known (a Float: budgets exceed 32-bit integers).
    async fn budget_krw(&self) -> Option<f64> {
        self.0.budget_krw.map(|krw| krw as f64)
    }

    /// The exporting city's share of the budget in Korean won, where known.
    async fn exporter_share_krw(&self) -> Option<f64> {
        self.0.exporter_share_krw.map(|krw| krw as f64)
    }

    /// What the sources add.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }

    /// The city that shared the policy.
    async fn exporter(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        Ok(load(ctx, CityById(self.0.exporter_id))
            .await?
            .map(City::from))
    }

    /// The city that received it, where one is named.
    async fn partner(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        match self.0.partner_id {
            Some(id) => Ok(load(ctx, CityById(id)).await?.map(City::from)),
            None => Ok(None),
        }
    }

    /// Where this project is documented.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn sources(&self, ctx: &Context<'_>) -> Result<Vec<Citation>> {
        citations(ctx, Cited::PolicyExport, self.0.id).await
    }
}
