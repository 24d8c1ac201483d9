//! Aggregate types: totals and groups beside the lists they summarize.

use async_graphql::{Context, Enum, MergedObject, Object, Result, SimpleObject};
use sea_orm::ActiveEnum;

use super::{
    AgreementKind, AgreementStatus, CityKind, Continent, Country, DeliveryMode, PolicySector, load,
};
use crate::graphql::loaders::CountryById;
use crate::service::aggregate::{Bucket, NumberStats as Stats, Wanted};

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

    /// One entry per combination of the `groupBy` keys, ordered by them.
    async fn groups(&self) -> Vec<AgreementAggregate> {
        self.groups.iter().cloned().map(Into::into).collect()
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

    /// One entry per combination of the `groupBy` keys, ordered by them.
    async fn groups(&self) -> Vec<PolicyExportAggregate> {
        self.groups.iter().cloned().map(Into::into).collect()
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

    /// One entry per combination of the `groupBy` keys, ordered by them.
    async fn groups(&self) -> Vec<CityAggregate> {
        self.groups
            .iter()
            .cloned()
            .map(|bucket| CityAggregate(Group(bucket)))
            .collect()
    }
}
