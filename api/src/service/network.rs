//! The network of cities in memory: one snapshot of who is linked to whom, read by every graph
//! question (`path`, centrality, components, `cities(near:)`), never per request from the
//! database.
//!
//! A [`Snapshot`] holds every city (its country, continent and coordinates), every agreement
//! (its two parties) and every membership (city, organization), read in four statements, and
//! the graphs built from them by the `network` crate: agreements alone (centrality and
//! components: memberships would add a clique per organization, every member "between" every
//! other) and shared memberships alone, which `path` walks together with the agreements.
//! Degrees and components come with the snapshot; betweenness is computed once per snapshot,
//! by the first request that needs it, on a blocking thread, and requests arriving meanwhile
//! wait for the same result; once asked for, a rebuild computes it before the swap.
//!
//! [`Network`] builds the first snapshot when the first graph question comes (a server that is
//! never asked one pays nothing), then follows the change feed: an edit of a city, country,
//! agreement or membership marks it stale, and after a short quiet spell (so a burst of edits
//! costs one rebuild) a new snapshot is built off the request path and swapped in whole;
//! requests keep reading the old one until then. On PostgreSQL every process hears every
//! process's edits (`NOTIFY`), so each server keeps its own snapshot current. Writes that are
//! not edits (`paradiplo import` from another process) are not announced: a cheap fingerprint
//! of the tables (row counts, largest ids, summed versions) is checked every
//! `--network-check-interval` while a snapshot is held, and a change rebuilds it too.

use std::collections::HashMap;
use std::sync::{Arc, RwLock, Weak};
use std::time::Duration;

use entity::{Continent, agreement, city, country, membership};
use network::{Components, Graph, Path, competition_ranks, distance_km};
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect, Statement};
use tokio::sync::{Mutex, OnceCell, broadcast};

use super::changes::{ChangeFeed, RecordChange};
use super::graph::{Link, Step};
use crate::db::Db;
use crate::error::{AppError, AppResult};

/// The longest chain `path` looks for.
pub const MAX_HOPS: i32 = 8;
/// How long the feed must stay quiet after a change before the snapshot is rebuilt.
const DEBOUNCE: Duration = Duration::from_millis(200);
/// The record types whose edits change the snapshot.
const GRAPH_RECORDS: [&str; 4] = ["City", "Country", "Agreement", "Membership"];

/// The network of cities, shared by every request; cheap to clone.
#[derive(Clone)]
pub struct Network {
    inner: Arc<Inner>,
}

struct Inner {
    db: Db,
    feed: ChangeFeed,
    /// How often the tables' fingerprint is checked.
    check_every: Duration,
    current: RwLock<Option<Arc<Snapshot>>>,
    /// Held while a snapshot is built, so that requests arriving together build one.
    building: Mutex<()>,
    /// Whether the task following the feed has started.
    following: std::sync::Once,
}

impl Network {
    /// The network of `db`, following `feed` and checking the tables every `check_every`.
    pub fn new(db: Db, feed: ChangeFeed, check_every: Duration) -> Self {
        Self {
            inner: Arc::new(Inner {
                db,
                feed,
                check_every,
                current: RwLock::new(None),
                building: Mutex::new(()),
                following: std::sync::Once::new(),
            }),
        }
    }

    /// The current snapshot, built now if there is none yet.
    pub async fn snapshot(&self) -> AppResult<Arc<Snapshot>> {
        if let Some(snapshot) = self.inner.held() {
            return Ok(snapshot);
        }
        // Listen before reading, so that no edit committed during the build is missed.
        self.inner.following.call_once(|| {
            let receiver = self.inner.feed.subscribe();
            let check_every = self.inner.check_every;
            tokio::spawn(follow(Arc::downgrade(&self.inner), receiver, check_every));
        });
        let _building = self.inner.building.lock().await;
        if let Some(snapshot) = self.inner.held() {
            return Ok(snapshot);
        }
        self.inner.rebuild().await
    }

    /// The current snapshot, rebuilt now if it does not know `city` yet (created a moment
    /// ago, the rebuild still pending): a city that exists always gets its figures.
    pub async fn snapshot_with(&self, city: i32) -> AppResult<Arc<Snapshot>> {
        let snapshot = self.snapshot().await?;
        if snapshot.vertex(city).is_some() {
            return Ok(snapshot);
        }
        let _building = self.inner.building.lock().await;
        match self.inner.held() {
            Some(snapshot) if snapshot.vertex(city).is_some() => Ok(snapshot),
            _ => self.inner.rebuild().await,
        }
    }
}

impl Inner {
    fn held(&self) -> Option<Arc<Snapshot>> {
        self.current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Reads the tables, builds a snapshot and swaps it in. When the snapshot it replaces had
    /// computed betweenness, the new one computes it too before the swap, so that rankings
    /// keep answering from the old snapshot instead of waiting for the new one's.
    async fn rebuild(&self) -> AppResult<Arc<Snapshot>> {
        let fingerprint = fingerprint(&self.db).await?;
        let rows = Rows::read(&self.db).await?;
        let snapshot = Arc::new(
            tokio::task::spawn_blocking(move || Snapshot::build(rows, fingerprint))
                .await
                .map_err(|error| AppError::Database(sea_orm::DbErr::Custom(error.to_string())))?,
        );
        if self
            .held()
            .is_some_and(|held| held.centrality.initialized())
        {
            snapshot.betweenness().await?;
        }
        *self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(snapshot.clone());
        Ok(snapshot)
    }
}

/// Follows the change feed and the fingerprint while the network lives, rebuilding the
/// snapshot after graph edits (debounced) and after unannounced writes.
async fn follow(
    network: Weak<Inner>,
    mut changes: broadcast::Receiver<RecordChange>,
    check_every: Duration,
) {
    let mut check = tokio::time::interval(check_every);
    check.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    check.tick().await;
    loop {
        let stale = tokio::select! {
            change = changes.recv() => match change {
                Ok(change) => GRAPH_RECORDS.contains(&change.record_type.as_str()),
                Err(broadcast::error::RecvError::Lagged(_)) => true,
                Err(broadcast::error::RecvError::Closed) => return,
            },
            _ = check.tick() => {
                let Some(inner) = network.upgrade() else { return };
                let Some(held) = inner.held() else { continue };
                match fingerprint(&inner.db).await {
                    Ok(now) => now != held.fingerprint,
                    Err(error) => {
                        tracing::warn!(%error, "cannot check the network snapshot's tables");
                        false
                    }
                }
            }
        };
        if !stale {
            continue;
        }
        // Wait for the burst to end: every further change restarts the quiet spell.
        loop {
            match tokio::time::timeout(DEBOUNCE, changes.recv()).await {
                Err(_) => break,
                Ok(Err(broadcast::error::RecvError::Closed)) => return,
                Ok(_) => {}
            }
        }
        let Some(inner) = network.upgrade() else {
            return;
        };
        let _building = inner.building.lock().await;
        if inner.held().is_none() {
            continue;
        }
        let started = std::time::Instant::now();
        match inner.rebuild().await {
            Ok(snapshot) => tracing::info!(
                cities = snapshot.cities.len(),
                took_ms = started.elapsed().as_millis(),
                "network snapshot rebuilt"
            ),
            Err(error) => tracing::error!(%error, "cannot rebuild the network snapshot"),
        }
    }
}

/// Row counts, largest ids and summed versions of the tables the snapshot reads: any insert,
/// delete or edit changes it.
async fn fingerprint(db: &Db) -> AppResult<Vec<i64>> {
    let part = |table: &str| {
        format!(
            "SELECT CAST(count(*) AS BIGINT), CAST(coalesce(max(id), 0) AS BIGINT), \
             CAST(coalesce(sum(version), 0) AS BIGINT) FROM {table}"
        )
    };
    let sql = ["city", "country", "agreement", "membership"]
        .map(part)
        .join(" UNION ALL ");
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(backend, sql))
        .await?;
    let mut values = Vec::with_capacity(12);
    for row in rows {
        for column in 0..3 {
            values.push(row.try_get_by_index::<i64>(column)?);
        }
    }
    Ok(values)
}

/// The rows a snapshot is built from.
struct Rows {
    /// (id, country, latitude, longitude)
    cities: Vec<(i32, i32, Option<f64>, Option<f64>)>,
    /// (id, code, continent)
    countries: Vec<(i32, String, Continent)>,
    /// (id, party a, party b)
    agreements: Vec<(i32, i32, i32)>,
    /// (city, organization)
    memberships: Vec<(i32, i32)>,
}

impl Rows {
    async fn read(db: &Db) -> AppResult<Self> {
        let (cities, countries, agreements, memberships) = tokio::try_join!(
            city::Entity::find()
                .select_only()
                .columns([
                    city::Column::Id,
                    city::Column::CountryId,
                    city::Column::Latitude,
                    city::Column::Longitude,
                ])
                .into_tuple()
                .all(db),
            country::Entity::find()
                .select_only()
                .columns([
                    country::Column::Id,
                    country::Column::Code,
                    country::Column::Continent
                ])
                .into_tuple()
                .all(db),
            agreement::Entity::find()
                .select_only()
                .columns([
                    agreement::Column::Id,
                    agreement::Column::PartyAId,
                    agreement::Column::PartyBId,
                ])
                .into_tuple()
                .all(db),
            membership::Entity::find()
                .select_only()
                .columns([
                    membership::Column::CityId,
                    membership::Column::OrganizationId
                ])
                .distinct()
                .into_tuple()
                .all(db),
        )?;
        Ok(Self {
            cities,
            countries,
            agreements,
            memberships,
        })
    }
}

/// A city as the snapshot knows it.
#[derive(Debug, Clone)]
pub struct Place {
    pub id: i32,
    pub country: i32,
    pub continent: Option<Continent>,
    /// (latitude, longitude), when both are known.
    pub point: Option<(f64, f64)>,
}

/// Which links a path may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Through {
    pub agreements: bool,
    pub memberships: bool,
}

/// Everything the graph questions read, as of one moment.
pub struct Snapshot {
    /// The cities by vertex, in ascending id order.
    pub cities: Vec<Place>,
    vertices: HashMap<i32, u32>,
    /// What each link index stands for: agreements by id, then organizations by id.
    links: Vec<Link>,
    /// Agreements only: centrality and components.
    agreements: Graph,
    /// Shared memberships only (a clique per organization).
    memberships: Graph,
    /// Agreements and shared memberships: `path`'s default.
    both: Graph,
    pub components: Components,
    degree_ranks: Vec<u32>,
    centrality: OnceCell<Arc<Betweenness>>,
    fingerprint: Vec<i64>,
}

/// Betweenness of every vertex, and its competition rank.
pub struct Betweenness {
    pub values: Vec<f64>,
    pub ranks: Vec<u32>,
}

impl Snapshot {
    fn build(rows: Rows, fingerprint: Vec<i64>) -> Self {
        let continents: HashMap<i32, Continent> = rows
            .countries
            .iter()
            .map(|(id, _, continent)| (*id, *continent))
            .collect();
        let mut cities: Vec<Place> = rows
            .cities
            .iter()
            .map(|&(id, country, latitude, longitude)| Place {
                id,
                country,
                continent: continents.get(&country).copied(),
                point: latitude.zip(longitude),
            })
            .collect();
        cities.sort_by_key(|place| place.id);
        let vertices: HashMap<i32, u32> = cities
            .iter()
            .enumerate()
            .map(|(vertex, place)| (place.id, vertex_index(vertex)))
            .collect();
        let mut agreements = rows.agreements;
        agreements.sort_unstable();
        let mut links: Vec<Link> = agreements
            .iter()
            .map(|&(id, _, _)| Link::Agreement(id))
            .collect();
        let agreement_edges: Vec<(u32, u32, u32)> = agreements
            .iter()
            .enumerate()
            .filter_map(|(link, &(_, a, b))| {
                Some((*vertices.get(&a)?, *vertices.get(&b)?, vertex_index(link)))
            })
            .collect();
        // Members per organization, then every pair of members through its link.
        let mut members: Vec<(i32, u32)> = rows
            .memberships
            .iter()
            .filter_map(|&(city, organization)| Some((organization, *vertices.get(&city)?)))
            .collect();
        members.sort_unstable();
        members.dedup();
        let mut membership_edges = Vec::new();
        for group in members.chunk_by(|a, b| a.0 == b.0) {
            let link = vertex_index(links.len());
            links.push(Link::Organization(group[0].0));
            for (nth, &(_, one)) in group.iter().enumerate() {
                for &(_, other) in &group[nth + 1..] {
                    membership_edges.push((one, other, link));
                }
            }
        }
        let n = cities.len();
        let both = Graph::new(n, agreement_edges.iter().chain(&membership_edges).copied());
        let agreements = Graph::new(n, agreement_edges);
        let memberships = Graph::new(n, membership_edges);
        let components = Components::of(&agreements);
        let degrees: Vec<u32> = (0..n).map(|v| agreements.degree(vertex_index(v))).collect();
        Self {
            degree_ranks: competition_ranks(&degrees),
            cities,
            vertices,
            links,
            agreements,
            memberships,
            both,
            components,
            centrality: OnceCell::new(),
            fingerprint,
        }
    }

    /// The vertex of a city, if the snapshot knows it.
    pub fn vertex(&self, city: i32) -> Option<u32> {
        self.vertices.get(&city).copied()
    }

    /// The vertex of a city, or NOT_FOUND.
    pub fn known(&self, city: i32) -> AppResult<u32> {
        self.vertex(city)
            .ok_or_else(|| AppError::NotFound(format!("no city has the id {city}")))
    }

    /// The city at a vertex.
    pub fn city(&self, vertex: u32) -> i32 {
        self.cities[vertex as usize].id
    }

    /// The number of distinct cities a city has an agreement with.
    pub fn degree(&self, vertex: u32) -> u32 {
        self.agreements.degree(vertex)
    }

    /// The rank of a city by degree (1 = most partners; ties share a rank).
    pub fn degree_rank(&self, vertex: u32) -> u32 {
        self.degree_ranks[vertex as usize]
    }

    /// Betweenness on the graph of agreements, computed on first use (on a blocking thread)
    /// and kept for the snapshot's life.
    pub async fn betweenness(self: &Arc<Self>) -> AppResult<Arc<Betweenness>> {
        let snapshot = self.clone();
        self.centrality
            .get_or_try_init(|| async move {
                tokio::task::spawn_blocking(move || {
                    let values = network::betweenness(&snapshot.agreements);
                    let ranks = competition_ranks(&values);
                    Arc::new(Betweenness { values, ranks })
                })
                .await
                .map_err(|error| AppError::Database(sea_orm::DbErr::Custom(error.to_string())))
            })
            .await
            .cloned()
    }

    /// Up to `limit` shortest chains from one city to another of at most `max_hops` steps.
    pub fn shortest_paths(
        &self,
        from: i32,
        to: i32,
        through: Through,
        max_hops: i32,
        limit: u64,
    ) -> AppResult<Vec<Vec<Step>>> {
        if !(1..=MAX_HOPS).contains(&max_hops) {
            return Err(AppError::BadUserInput(format!(
                "`maxHops` must be between 1 and {MAX_HOPS}; got {max_hops}"
            )));
        }
        let graph = match (through.agreements, through.memberships) {
            (true, true) => &self.both,
            (true, false) => &self.agreements,
            (false, true) => &self.memberships,
            (false, false) => {
                return Err(AppError::BadUserInput(
                    "`through` must name at least one kind of link".into(),
                ));
            }
        };
        let (from, to) = (self.known(from)?, self.known(to)?);
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        let hops = u32::try_from(max_hops).unwrap_or(0);
        Ok(network::shortest_paths(graph, from, to, hops, limit)
            .iter()
            .map(|path| self.steps(path))
            .collect())
    }

    fn steps(&self, path: &Path) -> Vec<Step> {
        path.links
            .iter()
            .enumerate()
            .map(|(nth, &link)| Step {
                from: self.city(path.vertices[nth]),
                to: self.city(path.vertices[nth + 1]),
                link: self.links[link as usize],
            })
            .collect()
    }

    /// The cities within `radius_km` of a point, nearest first (then by id), with their
    /// distances.
    pub fn near(&self, point: (f64, f64), radius_km: f64) -> Vec<(i32, f64)> {
        let mut near: Vec<(i32, f64)> = self
            .cities
            .iter()
            .filter_map(|place| {
                let distance = distance_km(point, place.point?);
                (distance <= radius_km).then_some((place.id, distance))
            })
            .collect();
        near.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        near
    }
}

/// Checks a point given by a client, naming the argument that is out of range.
pub fn check_point(latitude: f64, longitude: f64) -> AppResult<(f64, f64)> {
    if !(-90.0..=90.0).contains(&latitude) {
        return Err(AppError::BadUserInput(format!(
            "`latitude` must be between -90 and 90; got {latitude}"
        )));
    }
    if !(-180.0..=180.0).contains(&longitude) {
        return Err(AppError::BadUserInput(format!(
            "`longitude` must be between -180 and 180; got {longitude}"
        )));
    }
    Ok((latitude, longitude))
}

/// Checks a search radius given by a client.
pub fn check_radius(radius_km: f64) -> AppResult<f64> {
    // Half the Earth's circumference reaches every point.
    const MAX_RADIUS_KM: f64 = 20_016.0;
    if !(0.0..=MAX_RADIUS_KM).contains(&radius_km) {
        return Err(AppError::BadUserInput(format!(
            "`radiusKm` must be between 0 and {MAX_RADIUS_KM}; got {radius_km}"
        )));
    }
    Ok(radius_km)
}

fn vertex_index(position: usize) -> u32 {
    u32::try_from(position).expect("fewer than 2^32 cities and links")
}

/// What cities are ranked by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Degree,
    Betweenness,
}

/// Whether some countries' cities are joined through chains of agreements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connectivity {
    /// Every country has a city in one common component.
    pub connected: bool,
    /// How many components the countries' cities fall in.
    pub component_count: usize,
    /// The countries without a city in the component holding cities of the most of them
    /// (the larger component on a tie); empty when connected.
    pub unreached: Vec<i32>,
}

impl Snapshot {
    /// The cities by `measure`, highest first (then by id), of a country or continent if
    /// given; `betweenness` must be given to rank by it.
    pub fn ranking(
        &self,
        measure: Measure,
        betweenness: Option<&Betweenness>,
        country: Option<i32>,
        continent: Option<Continent>,
    ) -> Vec<u32> {
        let mut ranked: Vec<u32> = (0..self.cities.len())
            .map(vertex_index)
            .filter(|&vertex| {
                let place = &self.cities[vertex as usize];
                country.is_none_or(|country| place.country == country)
                    && continent.is_none_or(|continent| place.continent == Some(continent))
            })
            .collect();
        // Ranks are competition ranks of the values: ordering by rank then vertex (which is id
        // order) lists the highest first and ties by id.
        let ranks = match (measure, betweenness) {
            (Measure::Betweenness, Some(betweenness)) => &betweenness.ranks,
            _ => &self.degree_ranks,
        };
        ranked.sort_by_key(|&vertex| (ranks[vertex as usize], vertex));
        ranked
    }

    /// The countries (by id) that have a city in the snapshot, ascending.
    pub fn countries(&self) -> Vec<i32> {
        let mut countries: Vec<i32> = self.cities.iter().map(|place| place.country).collect();
        countries.sort_unstable();
        countries.dedup();
        countries
    }

    /// Whether every one of `countries` has a city in one common component of the graph of
    /// agreements.
    pub fn connectivity(&self, countries: &[i32]) -> Connectivity {
        // For each component, the listed countries with a city in it.
        let mut reached: HashMap<u32, Vec<i32>> = HashMap::new();
        for place in &self.cities {
            if countries.contains(&place.country) {
                let vertex = self.vertices[&place.id];
                reached
                    .entry(self.components.label(vertex))
                    .or_default()
                    .push(place.country);
            }
        }
        let mut best: Option<(u32, Vec<i32>)> = None;
        for (component, mut present) in reached.iter().map(|(c, p)| (*c, p.clone())) {
            present.sort_unstable();
            present.dedup();
            let better = best.as_ref().is_none_or(|(label, most)| {
                present.len() > most.len() || (present.len() == most.len() && component < *label)
            });
            if better {
                best = Some((component, present));
            }
        }
        let present = best.map(|(_, present)| present).unwrap_or_default();
        let unreached: Vec<i32> = countries
            .iter()
            .copied()
            .filter(|country| !present.contains(country))
            .collect();
        Connectivity {
            connected: unreached.is_empty(),
            component_count: reached.len(),
            unreached,
        }
    }
}
