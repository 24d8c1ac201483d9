//! The `search` root field: one box for every kind of record.

use std::collections::HashMap;

use async_graphql::{Context, Enum, Object, Result, SimpleObject, Union};
use entity::{city, country, event, organization, policy_export, source};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::{db, page};
use crate::error::AppError;
use crate::graphql::types::{City, Country, Event, Organization, PolicyExport, Source};
use crate::service::search::{self, Hit, SearchKind};

/// A kind of record search can find.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::service::search::SearchKind")]
pub enum SearchType {
    /// Cities and regions, by English and Korean name.
    City,
    /// Countries, by name and ISO code.
    Country,
    /// Organizations, by name and acronym.
    Organization,
    /// Events, by name.
    Event,
    /// Policy exports, by title and subsector.
    PolicyExport,
    /// Sources, by title, authors and publisher.
    Source,
}

/// A record search found.
#[derive(Union)]
pub enum SearchResult {
    City(City),
    Country(Country),
    Organization(Organization),
    Event(Event),
    PolicyExport(PolicyExport),
    Source(Source),
}

/// One search result, best first.
#[derive(SimpleObject)]
pub struct SearchHit {
    /// Relevance: higher is better; comparable within one search only.
    score: f64,
    /// The record found.
    node: SearchResult,
}

#[derive(Default)]
pub struct SearchQuery;

#[Object]
impl SearchQuery {
    /// Full-text search in English and Korean names, acronyms and codes, case- and
    /// accent-insensitive, every word matching as a prefix (`sao paulo`, `서울`, `c40`).
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn search(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to look for.")] text: String,
        #[graphql(desc = "Only records of these kinds (all kinds when left out).")] types: Option<
            Vec<SearchType>,
        >,
        #[graphql(
            default = 20,
            desc = "How many results to return at most (up to the server's maximum page size)."
        )]
        first: i32,
    ) -> Result<Vec<SearchHit>> {
        let paging = page(ctx, first, 0)?;
        let kinds: Vec<SearchKind> = types
            .unwrap_or_default()
            .into_iter()
            .map(Into::into)
            .collect();
        let hits = search::search(db(ctx), &text, &kinds, paging.limit()).await?;
        Ok(resolve(ctx, hits).await?)
    }
}

/// Loads the records behind the hits, one statement per kind, keeping the hits' order.
async fn resolve(ctx: &Context<'_>, hits: Vec<Hit>) -> Result<Vec<SearchHit>, AppError> {
    let db = db(ctx);
    let keys = |kind: SearchKind| {
        hits.iter()
            .filter(|hit| hit.kind == kind)
            .map(|hit| hit.key.clone())
            .collect::<Vec<_>>()
    };
    let mut found: HashMap<(SearchKind, String), SearchResult> = HashMap::new();
    for row in city::Entity::find()
        .filter(city::Column::Slug.is_in(keys(SearchKind::City)))
        .all(db)
        .await?
    {
        found.insert(
            (SearchKind::City, row.slug.clone()),
            SearchResult::City(row.into()),
        );
    }
    for row in country::Entity::find()
        .filter(country::Column::Code.is_in(keys(SearchKind::Country)))
        .all(db)
        .await?
    {
        found.insert(
            (SearchKind::Country, row.code.clone()),
            SearchResult::Country(row.into()),
        );
    }
    let organizations = organization::Entity::find()
        .filter(organization::Column::Slug.is_in(keys(SearchKind::Organization)));
    for row in organizations.all(db).await? {
        found.insert(
            (SearchKind::Organization, row.slug.clone()),
            SearchResult::Organization(row.into()),
        );
    }
    for row in event::Entity::find()
        .filter(event::Column::Slug.is_in(keys(SearchKind::Event)))
        .all(db)
        .await?
    {
        found.insert(
            (SearchKind::Event, row.slug.clone()),
            SearchResult::Event(row.into()),
        );
    }
    let exports = policy_export::Entity::find()
        .filter(policy_export::Column::Slug.is_in(keys(SearchKind::PolicyExport)));
    for row in exports.all(db).await? {
        found.insert(
            (SearchKind::PolicyExport, row.slug.clone()),
            SearchResult::PolicyExport(row.into()),
        );
    }
    for row in source::Entity::find()
        .filter(source::Column::Key.is_in(keys(SearchKind::Source)))
        .all(db)
        .await?
    {
        found.insert(
            (SearchKind::Source, row.key.clone()),
            SearchResult::Source(row.into()),
        );
    }
    Ok(hits
        .into_iter()
        .filter_map(|hit| {
            found.remove(&(hit.kind, hit.key)).map(|node| SearchHit {
                score: hit.score,
                node,
            })
        })
        .collect())
}
