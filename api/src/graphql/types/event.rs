//! The `Event` type.

use async_graphql::{Context, Object, Result};
use entity::event;
use paradiplo_macros::{node_fields, row_fields};

use super::{Citation, City, EventKind, Organization, citations, either, load, year_of};
use crate::graphql::loaders::*;
use crate::graphql::rows::relations;

/// An event: a summit, general assembly, forum, festival, award…
pub struct Event(pub event::Model);

impl From<event::Model> for Event {
    fn from(model: event::Model) -> Self {
        Self(model)
    }
}

relations!(Event {
    "host" => one City: by |event| event.0.host_id.map(CityById);
    "organizer" => one Organization: by |event| event.0.organizer_id.map(OrganizationById);
});

/// An event: a summit, general assembly, forum, festival, award…
#[node_fields(audited)]
#[row_fields]
#[Object]
impl Event {
    /// Stable identifier of the event.
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

    /// Summit, general assembly, forum, festival, award…
    async fn kind(&self) -> EventKind {
        self.0.kind.into()
    }

    /// First day, as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    async fn starts_on(&self) -> Option<&str> {
        self.0.starts_on.as_deref()
    }

    /// Last day, as precise as known.
    async fn ends_on(&self) -> Option<&str> {
        self.0.ends_on.as_deref()
    }

    /// Year the event started, where known.
    async fn year(&self) -> Option<i32> {
        year_of(&self.0.starts_on)
    }

    /// What the sources add.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }

    /// The host city, where known.
    async fn host(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        match self.0.host_id {
            Some(id) => Ok(load(ctx, CityById(id)).await?.map(City::from)),
            None => Ok(None),
        }
    }

    /// The organizing organization, where known.
    async fn organizer(&self, ctx: &Context<'_>) -> Result<Option<Organization>> {
        match self.0.organizer_id {
            Some(id) => Ok(load(ctx, OrganizationById(id))
                .await?
                .map(Organization::from)),
            None => Ok(None),
        }
    }

    /// Where this event is documented.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn sources(&self, ctx: &Context<'_>) -> Result<Vec<Citation>> {
        citations(ctx, Cited::Event, self.0.id).await
    }
}
