//! The `search` root field: one box for every kind of record.

use std::collections::HashMap;

use async_graphql::{Context, Enum, Object, Result, SimpleObject, Union};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::{db, page};
use crate::db::Db;
use crate::error::AppError;
use crate::graphql::types::{City, Country, Event, Organization, PolicyExport, Source};
use crate::service::search::{self, Hit, Indexed, SearchKind};

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
    // Boxed: every root field's future is as large as the largest one's, and the kinds read
    // side by side make this one large.
    let found = Box::pin(found(db(ctx), &hits)).await?;
    let mut found: HashMap<(SearchKind, String), SearchResult> = found.into_iter().collect();
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

/// Declares [`found`] from the kinds the registry says search finds.
macro_rules! found_records {
    ($($type:ident($module:ident, $record:ident): $key:ident)+) => {
        /// The records behind `hits`, each by its kind and key, the kinds read side by side.
        async fn found(
            db: &Db,
            hits: &[Hit],
        ) -> Result<Vec<((SearchKind, String), SearchResult)>, AppError> {
            let keys = |kind: SearchKind| {
                hits.iter()
                    .filter(|hit| hit.kind == kind)
                    .map(|hit| hit.key.clone())
                    .collect::<Vec<_>>()
            };
            let found = async { Ok(Vec::new()) };
            $(
                let found = async {
                    let (mut these, others) = futures_util::future::try_join(
                        records::<entity::$module::Entity>(
                            db,
                            keys(SearchKind::$type),
                            entity::$module::Column::$key,
                            |row| {
                                let (kind, key, _) = row.document();
                                ((kind, key), SearchResult::$type(row.into()))
                            },
                        ),
                        found,
                    )
                    .await?;
                    these.extend(others);
                    Ok::<_, AppError>(these)
                };
            )+
            found.await
        }
    };
}
crate::kinds::with_kinds!(searched: found_records);

/// The records of one kind whose `key_column` is among `keys`, each with its key; no
/// statement when there are no keys.
async fn records<E: EntityTrait>(
    db: &Db,
    keys: Vec<String>,
    key_column: E::Column,
    found: impl Fn(E::Model) -> ((SearchKind, String), SearchResult),
) -> Result<Vec<((SearchKind, String), SearchResult)>, AppError> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let rows = E::find().filter(key_column.is_in(keys)).all(db).await?;
    Ok(rows.into_iter().map(found).collect())
}
