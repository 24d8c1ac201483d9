//! The `Source` and `Citation` types: where facts come from.

use async_graphql::{Context, Object, Result};
use entity::{citation, source};
use paradiplo_macros::{node_fields, row_fields};

use super::{SourceKind, load, load_many};
use crate::graphql::loaders::*;
use crate::graphql::rows::relations;

/// A bibliographic reference: a document, article, report or web page.
pub struct Source(pub source::Model);

impl From<source::Model> for Source {
    fn from(model: source::Model) -> Self {
        Self(model)
    }
}

relations!(Source {});

/// A bibliographic reference: a document, article, report or web page.
#[node_fields(audited)]
#[row_fields]
#[Object]
impl Source {
    /// Stable identifier, such as `jpi-2020`.
    async fn key(&self) -> &str {
        &self.0.key
    }

    /// What kind of publication it is.
    async fn kind(&self) -> SourceKind {
        self.0.kind.into()
    }

    /// Title, in the source's own language.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// Authors, as the source names them.
    async fn authors(&self) -> Option<&str> {
        self.0.authors.as_deref()
    }

    /// Year of publication.
    async fn year(&self) -> Option<i32> {
        self.0.year
    }

    /// Publisher, journal or outlet.
    async fn publisher(&self) -> Option<&str> {
        self.0.publisher.as_deref()
    }

    /// Where to read it online.
    async fn url(&self) -> Option<&str> {
        self.0.url.as_deref()
    }

    /// Language of the source, as an ISO 639-1 code such as `ko`.
    async fn language(&self) -> Option<&str> {
        self.0.language.as_deref()
    }

    /// How many facts in Paradiplo this source backs.
    async fn citation_count(&self, ctx: &Context<'_>) -> Result<usize> {
        let citations: Vec<Citation> = load_many(ctx, CitationsOfSource(self.0.id)).await?;
        Ok(citations.len())
    }
}

/// A citation: which source backs a fact, and where in it.
pub struct Citation(pub citation::Model);

impl From<citation::Model> for Citation {
    fn from(model: citation::Model) -> Self {
        Self(model)
    }
}

/// A citation: which source backs a fact, and where in it.
#[node_fields(audited)]
#[Object]
impl Citation {
    /// Title of the cited source (shorthand for `source { title }`).
    async fn title(&self, ctx: &Context<'_>) -> Result<String> {
        Ok(load(ctx, SourceById(self.0.source_id))
            .await?
            .map(|source| source.title)
            .unwrap_or_default())
    }

    /// Where in the source: a section, table, page or row.
    async fn locator(&self) -> Option<&str> {
        self.0.locator.as_deref()
    }

    /// The in-text citation the source itself gives for the fact, verbatim, such as
    /// "이창, 송미경, 2018: 41".
    async fn reference(&self) -> Option<&str> {
        self.0.reference.as_deref()
    }

    /// The cited source.
    async fn source(&self, ctx: &Context<'_>) -> Result<Option<Source>> {
        Ok(load(ctx, SourceById(self.0.source_id))
            .await?
            .map(Source::from))
    }
}
