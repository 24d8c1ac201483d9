//! The `Program` type.

use async_graphql::{Context, Object, Result};
use entity::program;
use paradiplo_macros::{node_fields, row_fields};

use super::{Citation, City, ProgramKind, citations, either, load};
use crate::graphql::loaders::*;
use crate::graphql::rows::relations;

/// A city's program or initiative: honorary citizenship, training of foreign officials, a plan,
/// an institution, an area or task of cooperation with a partner city…
pub struct Program(pub program::Model);

impl From<program::Model> for Program {
    fn from(model: program::Model) -> Self {
        Self(model)
    }
}

relations!(Program {
    "city" => one City: by |program| Some(CityById(program.0.city_id));
    "partner" => one City: by |program| program.0.partner_id.map(CityById);
});

/// A city's program or initiative: honorary citizenship, training of foreign officials, a plan,
/// an institution, an area or task of cooperation with a partner city…
#[node_fields]
#[row_fields]
#[Object]
impl Program {
    /// Stable identifier of the program.
    async fn slug(&self) -> &str {
        &self.0.slug
    }

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

    /// What kind of program it is.
    async fn kind(&self) -> ProgramKind {
        self.0.kind.into()
    }

    /// Year it started, where known.
    async fn start_year(&self) -> Option<i32> {
        self.0.start_year
    }

    /// Year it ended, where it did.
    async fn end_year(&self) -> Option<i32> {
        self.0.end_year
    }

    /// What the sources say about it.
    async fn summary(&self) -> Option<&str> {
        self.0.summary.as_deref()
    }

    /// The city running the program.
    async fn city(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        Ok(load(ctx, CityById(self.0.city_id)).await?.map(City::from))
    }

    /// The partner city, for programs with one.
    async fn partner(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        match self.0.partner_id {
            Some(id) => Ok(load(ctx, CityById(id)).await?.map(City::from)),
            None => Ok(None),
        }
    }

    /// Where this program is documented.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn sources(&self, ctx: &Context<'_>) -> Result<Vec<Citation>> {
        citations(ctx, Cited::Program, self.0.id).await
    }
}
