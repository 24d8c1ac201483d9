//! Aggregate types: totals and groups beside the lists they summarize.

use async_graphql::{Context, Enum, MergedObject, Object, Result, SimpleObject};
use sea_orm::ActiveEnum;

use super::{
    AgreementKind, AgreementStatus, CityKind, Continent, Country, DeliveryMode, PolicySector, load,
    loader,
};
use crate::error::AppError;
use crate::graphql::loaders::CountryById;
use crate::service::aggregate::{Bucket, NumberStats as Stats, Wanted, pair_values};

/// The parts of an aggregate the current field selects, so that no scan runs for a part the
/// client did not ask for.
pub fn wanted_parts(ctx: &Context<'_>) -> Wanted {
    let selection = ctx.look_ahead();
    Wanted {
        total: selection.field("total").exists(),
        groups: selection.field("groups").exists(),
    }
}

/// Sum, average, minimum and maximum of a numeric field; null where no row has a value.
#[derive(SimpleObject, Clone, Copy)]
pub struct NumberStats {
    /// Sum of the values.
    sum: Option<f64>,
    /// Average of the values.
    avg: Option<f64>,
    /// Smallest value.
    min: Option<f64>,
    /// Largest value.
    max: Option<f64>,
}

impl From<Stats> for NumberStats {
    fn from(stats: Stats) -> Self {
        Self {
            sum: stats.sum,
            avg: stats.avg,
            min: stats.min,
            max: stats.max,
        }
    }
}

/// Keys agreements can be grouped by.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::service::diplomacy::AgreementKey")]
pub enum AgreementGroupKey {
    /// Sister, friendship or other partnership.
    Kind,
    /// In force, ended…
    Status,
    /// Year of signature.
    Year,
    /// Decade of signature (1990 for 1990–1999).
    Decade,
    /// The partner's country, seen from `city`.
    PartnerCountry,
    /// The partner's continent, seen from `city`.
    PartnerContinent,
    /// The unordered pair of the parties' countries (`countryPair`, sorted by code; a country
    /// twice for agreements within it).
    CountryPair,
    /// The unordered pair of the parties' continents (`continentPair`).
    ContinentPair,
    /// Each party's country (`partyCountry`): an agreement counts under both parties'
    /// countries, once when they share one. Group counts then add up to more than the total.
    PartyCountry,
}

/// How the groups of an aggregate are ordered.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Default)]
#[graphql(remote = "crate::service::aggregate::GroupOrder")]
pub enum GroupOrder {
    /// By the `groupBy` keys in turn, unknown keys last.
    #[default]
    Key,
    /// Largest count first; equal counts by key.
    CountDesc,
    /// Smallest count first; equal counts by key.
    CountAsc,
}

/// The groups in `order_by`, the first `first` of them when given.
fn ordered<T: From<Bucket>>(
    groups: &[Bucket],
    order_by: GroupOrder,
    first: Option<i32>,
) -> Result<Vec<T>> {
    let first = first
        .map(|first| {
            usize::try_from(first).map_err(|_| {
                AppError::BadUserInput(format!("`first` must not be negative; got {first}"))
            })
        })
        .transpose()?;
    Ok(
        crate::service::aggregate::ordered_groups(groups, order_by.into(), first)
            .into_iter()
            .map(T::from)
            .collect(),
    )
}

/// Keys policy exports can be grouped by.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::service::activities::PolicyExportKey")]
pub enum PolicyExportGroupKey {
    /// Policy sector.
    Sector,
    /// Delivery mode.
    Mode,
    /// Year of the project.
    Year,
    /// Decade of the project.
    Decade,
    /// The partner city's country.
    PartnerCountry,
    /// The partner city's continent.
    PartnerContinent,
}

/// One group's (or all rows') aggregates, as the database computed them.
pub struct Group(Bucket);

impl Group {
    fn text(&self, key: &str) -> Option<&str> {
        self.0.key.get(key).and_then(Option::as_deref)
    }

    fn number(&self, key: &str) -> Option<i32> {
        self.text(key).and_then(|text| text.parse().ok())
    }

    fn vocabulary<E: ActiveEnum<Value = String>>(&self, key: &str) -> Option<E> {
        self.text(key)
            .and_then(|text| E::try_from_value(&text.to_string()).ok())
    }

    async fn country(&self, ctx: &Context<'_>, key: &str) -> Result<Option<Country>> {
        match self.number(key) {
            Some(id) => Ok(load(ctx, CountryById(id)).await?.map(Country::from)),
            None => Ok(None),
        }
    }

    /// The two values of an unordered-pair key.
    fn pair(&self, key: &str) -> Option<Vec<&str>> {
        self.text(key).map(pair_values)
    }

    fn stats(&self, key: &str) -> NumberStats {
        self.0.numbers.get(key).copied().unwrap_or_default().into()
    }
}

/// What agreements and policy exports summarize alike: counts, dates and the partner's place.
pub struct SharedAggregate(Group);

/// What agreements and policy exports summarize alike: counts, dates and the partner's place.
#[Object]
impl SharedAggregate {
    /// How many records.
    async fn count(&self) -> i64 {
        self.0.0.count
    }

    /// How many distinct partner cities (for agreements, seen from `city` when given).
    async fn count_distinct_partners(&self) -> i64 {
        self.0
            .0
            .distinct
            .get("partners")
            .copied()
            .unwrap_or_default()
    }

    /// The group's year, when grouped by `YEAR`.
    async fn year(&self) -> Option<i32> {
        self.0.number("year")
    }

    /// The group's decade (1990 for 1990–1999), when grouped by `DECADE`.
    async fn decade(&self) -> Option<i32> {
        self.0.number("decade")
    }

    /// The partners' country, when grouped by `PARTNER_COUNTRY`.
    async fn partner_country(&self, ctx: &Context<'_>) -> Result<Option<Country>> {
        self.0.country(ctx, "partner_country").await
    }

    /// The partners' continent, when grouped by `PARTNER_CONTINENT`.
    async fn partner_continent(&self) -> Option<Continent> {
        self.0
            .vocabulary::<entity::Continent>("partner_continent")
            .map(Into::into)
    }
}

/// The keys only agreements are grouped by.
pub struct AgreementKeys(Group);

/// The keys only agreements are grouped by.
#[Object]
impl AgreementKeys {
    /// The group's kind, when grouped by `KIND`.
    async fn kind(&self) -> Option<AgreementKind> {
        self.0
            .vocabulary::<entity::AgreementKind>("kind")
            .map(Into::into)
    }

    /// The group's status, when grouped by `STATUS`.
    async fn status(&self) -> Option<AgreementStatus> {
        self.0
            .vocabulary::<entity::AgreementStatus>("status")
            .map(Into::into)
    }

    /// Great-circle distances in km between the parties; agreements with an unknown distance
    /// are left out.
    async fn distance_km(&self) -> NumberStats {
        self.0.stats("distance_km")
    }

    /// The parties' two countries, sorted by code, when grouped by `COUNTRY_PAIR`.
    async fn country_pair(&self, ctx: &Context<'_>) -> Result<Option<Vec<Country>>> {
        let Some(ids) = self.0.pair("country_pair") else {
            return Ok(None);
        };
        let ids: Vec<CountryById> = ids
            .into_iter()
            .filter_map(|id| id.parse().ok().map(CountryById))
            .collect();
        let loaded = loader(ctx).load_many(ids.iter().copied()).await?;
        // A country twice (an agreement within it) is loaded once and listed twice.
        Ok(Some(
            ids.iter()
                .filter_map(|id| loaded.get(id).cloned())
                .map(Country::from)
                .collect(),
        ))
    }

    /// The parties' two continents, sorted, when grouped by `CONTINENT_PAIR`.
    async fn continent_pair(&self) -> Option<Vec<Continent>> {
        self.0.pair("continent_pair").map(|continents| {
            continents
                .into_iter()
                .filter_map(|text| entity::Continent::try_from_value(&text.to_string()).ok())
                .map(Into::into)
                .collect()
        })
    }

    /// The country the group counts agreements under, when grouped by `PARTY_COUNTRY`.
    async fn party_country(&self, ctx: &Context<'_>) -> Result<Option<Country>> {
        self.0.country(ctx, "party_country").await
    }
}

/// Agreements counted, in total or in one group; group keys not asked for are null.
#[derive(MergedObject)]
pub struct AgreementAggregate(SharedAggregate, AgreementKeys);

impl From<Bucket> for AgreementAggregate {
    fn from(bucket: Bucket) -> Self {
        Self(
            SharedAggregate(Group(bucket.clone())),
            AgreementKeys(Group(bucket)),
        )
    }
}

/// Agreements in total, and per group when `groupBy` is given.
pub struct AgreementsAggregate {
    pub total: Bucket,
    pub groups: Vec<Bucket>,
}

/// Agreements in total, and per group when `groupBy` is given.
#[Object]
impl AgreementsAggregate {
    /// Aggregates over every agreement the filters select.
    async fn total(&self) -> AgreementAggregate {
        self.total.clone().into()
    }

    /// One entry per combination of the `groupBy` keys, ordered by them unless `orderBy` says
    /// otherwise.
    async fn groups(
        &self,
        #[graphql(default, desc = "The order of the groups.")] order_by: GroupOrder,
        #[graphql(desc = "Only this many groups, the first in that order.")] first: Option<i32>,
    ) -> Result<Vec<AgreementAggregate>> {
        ordered(&self.groups, order_by, first)
    }
}

/// The keys and figures only policy exports have.
pub struct PolicyExportFigures(Group);

/// The keys and figures only policy exports have.
#[Object]
impl PolicyExportFigures {
    /// Budgets in Korean won.
    async fn budget_krw(&self) -> NumberStats {
        self.0.stats("budget_krw")
    }

    /// The exporting city's shares in Korean won.
    async fn exporter_share_krw(&self) -> NumberStats {
        self.0.stats("exporter_share_krw")
    }

    /// The group's sector, when grouped by `SECTOR`.
    async fn sector(&self) -> Option<PolicySector> {
        self.0
            .vocabulary::<entity::PolicySector>("sector")
            .map(Into::into)
    }

    /// The group's delivery mode, when grouped by `MODE`.
    async fn mode(&self) -> Option<DeliveryMode> {
        self.0
            .vocabulary::<entity::DeliveryMode>("mode")
            .map(Into::into)
    }
}

/// Policy exports summarized, in total or in one group; group keys not asked for are null.
#[derive(MergedObject)]
pub struct PolicyExportAggregate(SharedAggregate, PolicyExportFigures);

impl From<Bucket> for PolicyExportAggregate {
    fn from(bucket: Bucket) -> Self {
        Self(
            SharedAggregate(Group(bucket.clone())),
            PolicyExportFigures(Group(bucket)),
        )
    }
}

/// Policy exports in total, and per group when `groupBy` is given.
pub struct PolicyExportsAggregate {
    pub total: Bucket,
    pub groups: Vec<Bucket>,
}

/// Policy exports in total, and per group when `groupBy` is given.
#[Object]
impl PolicyExportsAggregate {
    /// Aggregates over every project the filters select.
    async fn total(&self) -> PolicyExportAggregate {
        self.total.clone().into()
    }

    /// One entry per combination of the `groupBy` keys, ordered by them unless `orderBy` says
    /// otherwise.
    async fn groups(
        &self,
        #[graphql(default, desc = "The order of the groups.")] order_by: GroupOrder,
        #[graphql(desc = "Only this many groups, the first in that order.")] first: Option<i32>,
    ) -> Result<Vec<PolicyExportAggregate>> {
        ordered(&self.groups, order_by, first)
    }
}

/// Keys cities can be grouped by.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::service::places::CityKey")]
pub enum CityGroupKey {
    /// City, province, state…
    Kind,
    /// The city's country.
    Country,
    /// The city's continent.
    Continent,
}

/// Cities counted, in total or in one group; group keys not asked for are null.
pub struct CityAggregate(Group);

/// Cities counted, in total or in one group; group keys not asked for are null.
#[Object]
impl CityAggregate {
    /// How many cities.
    async fn count(&self) -> i64 {
        self.0.0.count
    }

    /// The group's kind, when grouped by `KIND`.
    async fn kind(&self) -> Option<CityKind> {
        self.0
            .vocabulary::<entity::CityKind>("kind")
            .map(Into::into)
    }

    /// The group's country, when grouped by `COUNTRY`.
    async fn country(&self, ctx: &Context<'_>) -> Result<Option<Country>> {
        self.0.country(ctx, "country").await
    }

    /// The group's continent, when grouped by `CONTINENT`.
    async fn continent(&self) -> Option<Continent> {
        self.0
            .vocabulary::<entity::Continent>("continent")
            .map(Into::into)
    }
}

impl From<Bucket> for CityAggregate {
    fn from(bucket: Bucket) -> Self {
        Self(Group(bucket))
    }
}

/// Cities in total, and per group when `groupBy` is given.
pub struct CitiesAggregate {
    pub total: Bucket,
    pub groups: Vec<Bucket>,
}

/// Cities in total, and per group when `groupBy` is given.
#[Object]
impl CitiesAggregate {
    /// Aggregates over every city the filters select.
    async fn total(&self) -> CityAggregate {
        CityAggregate(Group(self.total.clone()))
    }

    /// One entry per combination of the `groupBy` keys, ordered by them unless `orderBy` says
    /// otherwise.
    async fn groups(
        &self,
        #[graphql(default, desc = "The order of the groups.")] order_by: GroupOrder,
        #[graphql(desc = "Only this many groups, the first in that order.")] first: Option<i32>,
    ) -> Result<Vec<CityAggregate>> {
        ordered(&self.groups, order_by, first)
    }
}
