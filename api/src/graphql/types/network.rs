//! The types of the graph questions: a city's centrality and rank, the connected components,
//! and whether countries are joined. All read one snapshot of the network
//! ([`crate::service::network`]); cities and countries come through the loaders.

use std::sync::Arc;

use async_graphql::dataloader::Loader;
use async_graphql::{Context, Enum, InputObject, Object, Result};

use super::{City, Country, load, loader};
use crate::error::AppError;
use crate::graphql::loaders::*;
use crate::service::network::{
    Betweenness, Connectivity, Measure, Network, Snapshot, Through, check_point, check_radius,
};

/// The snapshot of the network a request reads: the first of its fields to ask pins one, and
/// the others read the same, so that one answer never mixes two versions of the network (a
/// rebuild may swap the shared one in between). A subscription's events each read the current
/// one.
#[derive(Default)]
pub struct PinnedSnapshot(tokio::sync::Mutex<Option<Arc<Snapshot>>>);

/// The request's snapshot of the network.
pub async fn snapshot(ctx: &Context<'_>) -> Result<Arc<Snapshot>, AppError> {
    pinned(ctx, None).await
}

/// The request's snapshot of the network, made anew if it does not know `city` yet (created a
/// moment ago, the rebuild still pending): a city that exists always gets its figures.
pub async fn snapshot_with(ctx: &Context<'_>, city: i32) -> Result<Arc<Snapshot>, AppError> {
    pinned(ctx, Some(city)).await
}

async fn pinned(ctx: &Context<'_>, city: Option<i32>) -> Result<Arc<Snapshot>, AppError> {
    let network = ctx.data_unchecked::<Network>();
    let current = || async {
        match city {
            Some(city) => network.snapshot_with(city).await,
            None => network.snapshot().await,
        }
    };
    let Some(PinnedSnapshot(pin)) = ctx.data_opt::<PinnedSnapshot>() else {
        return current().await;
    };
    let mut pinned = pin.lock().await;
    if let Some(snapshot) = pinned.as_ref()
        && city.is_none_or(|city| snapshot.vertex(city).is_some())
    {
        return Ok(snapshot.clone());
    }
    let snapshot = current().await?;
    *pinned = Some(snapshot.clone());
    Ok(snapshot)
}

/// Cities by id, in the order given, through the request's loader (one statement).
pub(crate) async fn cities_by_id(
    ctx: &Context<'_>,
    ids: impl IntoIterator<Item = i32>,
) -> Result<Vec<City>> {
    in_order(ctx, ids.into_iter().map(CityById).collect()).await
}

/// The records behind `keys`, in their order, through the request's loader (one statement);
/// a key without a record is left out.
pub(crate) async fn in_order<K, M, T>(ctx: &Context<'_>, keys: Vec<K>) -> Result<Vec<T>>
where
    K: Send + Sync + std::hash::Hash + Eq + Copy + 'static,
    DbLoader: Loader<K, Value = M, Error = LoadError>,
    M: Send + Sync + Clone + 'static,
    T: From<M>,
{
    let mut loaded = loader(ctx).load_many(keys.iter().copied()).await?;
    Ok(keys
        .iter()
        .filter_map(|key| loaded.remove(key))
        .map(T::from)
        .collect())
}

async fn city(ctx: &Context<'_>, id: i32) -> Result<City> {
    Ok(load(ctx, CityById(id))
        .await?
        .map(City::from)
        .ok_or_else(|| AppError::NotFound(format!("no city has the id {id}")))?)
}

/// A circle on the Earth's surface: the cities within `radiusKm` of a point.
#[derive(InputObject, Debug, Clone, Copy)]
pub struct Near {
    /// The point's latitude in decimal degrees, -90 to 90.
    pub latitude: f64,
    /// The point's longitude in decimal degrees, -180 to 180.
    pub longitude: f64,
    /// How far from the point, in kilometres along the Earth's surface (0 to 20,016, half
    /// its circumference).
    pub radius_km: f64,
}

impl Near {
    /// The cities within the circle by id, nearest first (then by id).
    pub async fn cities(&self, ctx: &Context<'_>) -> Result<Vec<i32>, AppError> {
        let point = check_point(self.latitude, self.longitude)?;
        let radius = check_radius(self.radius_km)?;
        let snapshot = snapshot(ctx).await?;
        Ok(snapshot
            .near(point, radius)
            .into_iter()
            .map(|(city, _)| city)
            .collect())
    }
}

/// What cities are ranked by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "Measure")]
pub enum CentralityMeasure {
    /// How many distinct cities a city has an agreement with.
    Degree,
    /// How many shortest chains of agreements between other cities pass through a city
    /// (exact, Brandes' algorithm; a pair with several shortest chains counts each by its
    /// share).
    Betweenness,
}

/// A kind of link a path may take.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum PathLinkKind {
    /// Agreements between two cities.
    Agreements,
    /// Organizations two cities both belong to (one step, however many members).
    Memberships,
}

impl PathLinkKind {
    /// The links a list of kinds allows; `None` allows both.
    pub fn allowed(kinds: Option<&[PathLinkKind]>) -> Through {
        match kinds {
            None => Through {
                agreements: true,
                memberships: true,
            },
            Some(kinds) => Through {
                agreements: kinds.contains(&PathLinkKind::Agreements),
                memberships: kinds.contains(&PathLinkKind::Memberships),
            },
        }
    }
}

/// A city's place in the network of agreements.
pub struct Centrality {
    pub snapshot: Arc<Snapshot>,
    pub vertex: u32,
}

impl Centrality {
    async fn betweenness_of(&self) -> Result<Arc<Betweenness>> {
        Ok(self.snapshot.betweenness().await?)
    }
}

/// A city's place in the network of agreements (shared memberships left out: an organization
/// would join each member to every other, and its largest members would lie between none).
/// Ranks are over every city, highest first; equal values share a rank (1, 2, 2, 4).
#[Object]
impl Centrality {
    /// How many distinct cities the city has an agreement with.
    async fn degree(&self) -> u32 {
        self.snapshot.degree(self.vertex)
    }

    /// The city's rank by degree among all cities (1 = most partners).
    async fn degree_rank(&self) -> u32 {
        self.snapshot.degree_rank(self.vertex)
    }

    /// The number of shortest chains of agreements between two other cities that pass through
    /// this one, each pair counted once and shared among its shortest chains (Brandes).
    async fn betweenness(&self) -> Result<f64> {
        Ok(self.betweenness_of().await?.values[self.vertex as usize])
    }

    /// The city's rank by betweenness among all cities (1 = most between).
    async fn betweenness_rank(&self) -> Result<u32> {
        Ok(self.betweenness_of().await?.ranks[self.vertex as usize])
    }
}

/// A city in a ranking by centrality.
pub struct CityRank {
    pub centrality: Centrality,
    pub by: CentralityMeasure,
}

/// A city in a ranking by centrality.
#[Object]
impl CityRank {
    /// The city's rank by the measure among all cities, whatever the ranking's filters
    /// (1 = highest; equal values share a rank).
    async fn rank(&self) -> Result<u32> {
        let Centrality { snapshot, vertex } = &self.centrality;
        Ok(match self.by {
            CentralityMeasure::Degree => snapshot.degree_rank(*vertex),
            CentralityMeasure::Betweenness => {
                self.centrality.betweenness_of().await?.ranks[*vertex as usize]
            }
        })
    }

    /// The city.
    async fn city(&self, ctx: &Context<'_>) -> Result<City> {
        city(ctx, self.centrality.snapshot.city(self.centrality.vertex)).await
    }

    /// How many distinct cities it has an agreement with.
    async fn degree(&self) -> u32 {
        self.centrality.snapshot.degree(self.centrality.vertex)
    }

    /// Its betweenness on the graph of agreements.
    async fn betweenness(&self) -> Result<f64> {
        Ok(self.centrality.betweenness_of().await?.values[self.centrality.vertex as usize])
    }
}

/// The connected components of the network of agreements: groups of cities joined through
/// chains of agreements.
pub struct Components(pub Arc<Snapshot>);

/// The connected components of the network of agreements: groups of cities joined through
/// chains of agreements (a city without agreements is a component of its own).
#[Object]
impl Components {
    /// How many components there are.
    async fn count(&self) -> usize {
        self.0.components.count()
    }

    /// The sizes of the largest components, largest first.
    async fn sizes(
        &self,
        #[graphql(default = 10, desc = "How many sizes to return at most.")] first: i32,
    ) -> Result<Vec<u32>> {
        let sizes = self.0.components.sizes();
        Ok(sizes[..count(first, 0, sizes.len())?.1].to_vec())
    }

    /// The components, largest first (equal sizes: by the smallest city id in them).
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn list(
        &self,
        #[graphql(default = 10, desc = "How many components to return at most.")] first: i32,
        #[graphql(default, desc = "How many components to skip.")] offset: i32,
    ) -> Result<Vec<Component>> {
        let (start, end) = count(first, offset, self.0.components.count())?;
        Ok((start..end)
            .map(|label| Component {
                snapshot: self.0.clone(),
                label: u32::try_from(label).unwrap_or(u32::MAX),
            })
            .collect())
    }
}

/// The range `offset..offset + first` of a list of `len`, or BAD_USER_INPUT naming the argument.
fn count(first: i32, offset: i32, len: usize) -> Result<(usize, usize), AppError> {
    let first = usize::try_from(first)
        .map_err(|_| AppError::BadUserInput(format!("`first` cannot be negative; got {first}")))?;
    let offset = usize::try_from(offset).map_err(|_| {
        AppError::BadUserInput(format!("`offset` cannot be negative; got {offset}"))
    })?;
    let start = offset.min(len);
    Ok((start, start.saturating_add(first).min(len)))
}

/// One connected component of the network of agreements.
pub struct Component {
    pub snapshot: Arc<Snapshot>,
    pub label: u32,
}

/// One connected component of the network of agreements.
#[Object]
impl Component {
    /// Its place by size: 1 is the largest (equal sizes: by the smallest city id in them).
    async fn rank(&self) -> u32 {
        self.label + 1
    }

    /// How many cities it holds.
    async fn size(&self) -> usize {
        self.snapshot.components.members(self.label).len()
    }

    /// Its cities, by id.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn cities(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 20, desc = "How many cities to return at most.")] first: i32,
    ) -> Result<Vec<City>> {
        let members = self.snapshot.components.members(self.label);
        let (_, end) = count(first, 0, members.len())?;
        cities_by_id(ctx, members[..end].iter().map(|&v| self.snapshot.city(v))).await
    }
}

/// Whether some countries are joined through chains of agreements.
pub struct CountryConnectivity {
    pub countries: Vec<i32>,
    pub connectivity: Connectivity,
}

/// Whether some countries are joined through chains of agreements: connected when one
/// component holds a city of every one of them.
#[Object]
impl CountryConnectivity {
    /// Whether one component of the network of agreements holds a city of every country.
    async fn connected(&self) -> bool {
        self.connectivity.connected
    }

    /// How many components the countries' cities fall in.
    async fn component_count(&self) -> usize {
        self.connectivity.component_count
    }

    /// The countries asked about, by code.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn countries(&self, ctx: &Context<'_>) -> Result<Vec<Country>> {
        countries_by_id(ctx, &self.countries).await
    }

    /// The countries with no city in the component that holds cities of the most of them
    /// (the larger component on a tie); empty when connected.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn unreached(&self, ctx: &Context<'_>) -> Result<Vec<Country>> {
        countries_by_id(ctx, &self.connectivity.unreached).await
    }
}

async fn countries_by_id(ctx: &Context<'_>, ids: &[i32]) -> Result<Vec<Country>> {
    let mut countries: Vec<Country> =
        in_order(ctx, ids.iter().copied().map(CountryById).collect()).await?;
    countries.sort_by(|a, b| a.0.code.cmp(&b.0.code));
    Ok(countries)
}
