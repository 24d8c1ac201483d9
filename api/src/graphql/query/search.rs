//! The `search` root field: one box for every kind of record.

use std::collections::HashMap;

use async_graphql::{Context, Enum, Object, Result, SimpleObject, Union};
use entity::{city, country, event, organization, policy_export, source};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::{db, page};
use crate::db::Db;
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

/// Loads the records behind the hits, one statement per kind found (at once), keeping the
/// hits' order.
async fn resolve(ctx: &Context<'_>, hits: Vec<Hit>) -> Result<Vec<SearchHit>, AppError> {
    let db = db(ctx);
    let keys = |kind: SearchKind| {
        hits.iter()
            .filter(|hit| hit.kind == kind)
            .map(|hit| hit.key.clone())
            .collect::<Vec<_>>()
    };
    let (cities, countries, organizations, events, exports, sources) = tokio::try_join!(
        records::<city::Entity>(db, keys(SearchKind::City), city::Column::Slug, |row| {
            (row.slug.clone(), SearchResult::City(row.into()))
        }),
        records::<country::Entity>(
            db,
            keys(SearchKind::Country),
            country::Column::Code,
            |row| { (row.code.clone(), SearchResult::Country(row.into())) }
        ),
        records::<organization::Entity>(
            db,
            keys(SearchKind::Organization),
            organization::Column::Slug,
            |row| (row.slug.clone(), SearchResult::Organization(row.into())),
        ),
        records::<event::Entity>(db, keys(SearchKind::Event), event::Column::Slug, |row| {
            (row.slug.clone(), SearchResult::Event(row.into()))
        }),
        records::<policy_export::Entity>(
            db,
            keys(SearchKind::PolicyExport),
            policy_export::Column::Slug,
            |row| (row.slug.clone(), SearchResult::PolicyExport(row.into())),
        ),
        records::<source::Entity>(db, keys(SearchKind::Source), source::Column::Key, |row| {
            (row.key.clone(), SearchResult::Source(row.into()))
        }),
    )?;
    let mut found: HashMap<(SearchKind, String), SearchResult> = [
        (SearchKind::City, cities),
        (SearchKind::Country, countries),
        (SearchKind::Organization, organizations),
        (SearchKind::Event, events),
        (SearchKind::PolicyExport, exports),
        (SearchKind::Source, sources),
    ]
    .into_iter()
    .flat_map(|(kind, records)| {
        records
            .into_iter()
            .map(move |(key, record)| ((kind, key), record))
    })
    .collect();
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

/// The records of one kind whose `key_column` is among `keys`, each with its key; no
/// statement when there are no keys.
async fn records<E: EntityTrait>(
    db: &Db,
    keys: Vec<String>,
    key_column: E::Column,
    found: impl Fn(E::Model) -> (String, SearchResult),
) -> Result<Vec<(String, SearchResult)>, AppError> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let rows = E::find().filter(key_column.is_in(keys)).all(db).await?;
    Ok(rows.into_iter().map(found).collect())
}
