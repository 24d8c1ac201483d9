//! Filters and orders of cities and countries.

use async_graphql::{Enum, InputObject};
use entity::{agreement, city, country};
use sea_orm::Condition;
use sea_orm::sea_query::{Expr, ExprTrait};

use super::Key;
use super::{
    AgreementListFilter, EventListFilter, Filter, FloatFilter, HostedOfficeListFilter,
    MembershipListFilter, OrderField, PolicyExportListFilter, ProgramListFilter,
    StatisticListFilter, StringFilter, field, integer, list_filter, logic, text,
};
use super::{
    CityHostedEvents, CityHostedOffices, CityMemberships, CityPolicyExports, CityPrograms,
    CityStatistics, CountryCities, ListFilter, Relation,
};
use crate::error::AppResult;
use crate::graphql::vocabulary::{CityKind, Continent};
use crate::service::filter::{Quantifier, Scope};

/// Conditions on cities; every condition given must hold.
#[derive(InputObject, Debug, Clone)]
pub struct CityFilter {
    /// Every one of these filters matches.
    pub and: Option<Vec<CityFilter>>,
    /// At least one of these filters matches.
    pub or: Option<Vec<CityFilter>>,
    /// This filter does not match.
    pub not: Option<Box<CityFilter>>,
    /// The slug.
    pub slug: Option<StringFilter>,
    /// The English name.
    pub name_en: Option<StringFilter>,
    /// The Korean name.
    pub name_ko: Option<StringFilter>,
    /// The administrative kind.
    pub kind: Option<super::EnumFilter<CityKind>>,
    /// The latitude.
    pub latitude: Option<FloatFilter>,
    /// The longitude.
    pub longitude: Option<FloatFilter>,
    /// The country the city is in.
    pub country: Option<Box<CountryFilter>>,
    /// The city's agreements; inside, `partner` is the other party.
    pub agreements: Option<Box<AgreementListFilter>>,
    /// The city's memberships of organizations.
    pub memberships: Option<Box<MembershipListFilter>>,
    /// The policies the city exported.
    pub policy_exports: Option<Box<PolicyExportListFilter>>,
    /// The events the city hosted.
    pub hosted_events: Option<Box<EventListFilter>>,
    /// The organizations' offices in the city.
    pub hosted_offices: Option<Box<HostedOfficeListFilter>>,
    /// The city's programs.
    pub programs: Option<Box<ProgramListFilter>>,
    /// Figures about the city.
    pub statistics: Option<Box<StatisticListFilter>>,
}

/// The condition that `city` (an expression naming a city id) is a city matching `filter`.
pub fn city_is(scope: &Scope, city: Expr, filter: &CityFilter) -> AppResult<Condition> {
    scope.to_one::<city::Entity>(city, city::Column::Id, |inner| filter.compile(inner))
}

/// Agreements the scope's city is a party to, seen from it.
pub fn agreements_of(
    scope: &Scope,
    quantifier: Quantifier,
    filter: &dyn Fn(&Scope) -> AppResult<Condition>,
) -> AppResult<Condition> {
    let id = scope.id();
    scope.to_many::<agreement::Entity>(
        quantifier,
        |inner| {
            Condition::any()
                .add(inner.col(agreement::Column::PartyAId).eq(id.clone()))
                .add(inner.col(agreement::Column::PartyBId).eq(id.clone()))
        },
        Some(scope.id()),
        filter,
    )
}

impl Filter for CityFilter {
    fn compile(&self, scope: &Scope) -> AppResult<Condition> {
        let mut all = logic(scope, &self.and, &self.or, &self.not)?;
        all = field(all, &self.slug, scope.col(city::Column::Slug))?;
        all = field(all, &self.name_en, scope.col(city::Column::NameEn))?;
        all = field(all, &self.name_ko, scope.col(city::Column::NameKo))?;
        all = field(all, &self.kind, scope.col(city::Column::Kind))?;
        all = field(all, &self.latitude, scope.col(city::Column::Latitude))?;
        all = field(all, &self.longitude, scope.col(city::Column::Longitude))?;
        if let Some(filter) = &self.country {
            all = all.add(scope.to_one::<country::Entity>(
                scope.col(city::Column::CountryId),
                country::Column::Id,
                |inner| filter.compile(inner),
            )?);
        }
        if let Some(list) = &self.agreements {
            all = all
                .add(list.compile(|quantifier, filter| agreements_of(scope, quantifier, filter))?);
        }
        if let Some(list) = &self.memberships {
            all = all.add(list.of::<CityMemberships>(scope)?);
        }
        if let Some(list) = &self.policy_exports {
            all = all.add(list.of::<CityPolicyExports>(scope)?);
        }
        if let Some(list) = &self.hosted_events {
            all = all.add(list.of::<CityHostedEvents>(scope)?);
        }
        if let Some(list) = &self.hosted_offices {
            all = all.add(list.of::<CityHostedOffices>(scope)?);
        }
        if let Some(list) = &self.programs {
            all = all.add(list.of::<CityPrograms>(scope)?);
        }
        if let Some(list) = &self.statistics {
            all = all.add(list.of::<CityStatistics>(scope)?);
        }
        Ok(all)
    }
}

list_filter!(
    /// Conditions on a list of cities.
    CityListFilter of CityFilter
);

/// Conditions on countries; every condition given must hold.
#[derive(InputObject, Debug, Clone)]
pub struct CountryFilter {
    /// Every one of these filters matches.
    pub and: Option<Vec<CountryFilter>>,
    /// At least one of these filters matches.
    pub or: Option<Vec<CountryFilter>>,
    /// This filter does not match.
    pub not: Option<Box<CountryFilter>>,
    /// The ISO 3166-1 alpha-2 code.
    pub code: Option<StringFilter>,
    /// The English name.
    pub name_en: Option<StringFilter>,
    /// The Korean name.
    pub name_ko: Option<StringFilter>,
    /// The continent.
    pub continent: Option<super::EnumFilter<Continent>>,
    /// The country's cities.
    pub cities: Option<Box<CityListFilter>>,
}

impl Filter for CountryFilter {
    fn compile(&self, scope: &Scope) -> AppResult<Condition> {
        let mut all = logic(scope, &self.and, &self.or, &self.not)?;
        all = field(all, &self.code, scope.col(country::Column::Code))?;
        all = field(all, &self.name_en, scope.col(country::Column::NameEn))?;
        all = field(all, &self.name_ko, scope.col(country::Column::NameKo))?;
        all = field(all, &self.continent, scope.col(country::Column::Continent))?;
        if let Some(list) = &self.cities {
            all = all.add(list.of::<CountryCities>(scope)?);
        }
        Ok(all)
    }
}

/// What cities can be ordered by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum CityOrderField {
    /// The slug.
    Slug,
    /// The English name.
    NameEn,
    /// The Korean name.
    NameKo,
    /// The administrative kind.
    Kind,
    /// The country's ISO code.
    CountryCode,
    /// The country's English name.
    CountryName,
    /// The country's continent.
    Continent,
    /// How many agreements the city is a party to.
    AgreementCount,
    /// How many organizations the city is a member of.
    MembershipCount,
    /// How many policies the city exported.
    PolicyExportCount,
    /// How many events the city hosted.
    HostedEventCount,
}

impl OrderField for CityOrderField {
    fn key(self, scope: &Scope) -> AppResult<Key> {
        let country = |column: country::Column| {
            scope.lookup::<country::Entity>(
                scope.col(city::Column::CountryId),
                country::Column::Id,
                column,
            )
        };
        Ok(match self {
            Self::Slug => text(scope.col(city::Column::Slug)).not_null(),
            Self::NameEn => text(scope.col(city::Column::NameEn)).not_null(),
            Self::NameKo => text(scope.col(city::Column::NameKo)).not_null(),
            Self::Kind => text(scope.col(city::Column::Kind)).not_null(),
            Self::CountryCode => text(country(country::Column::Code)?),
            Self::CountryName => text(country(country::Column::NameEn)?),
            Self::Continent => text(country(country::Column::Continent)?),
            Self::AgreementCount => {
                let id = scope.id();
                integer(scope.count::<agreement::Entity>(|inner| {
                    Condition::any()
                        .add(inner.col(agreement::Column::PartyAId).eq(id.clone()))
                        .add(inner.col(agreement::Column::PartyBId).eq(id.clone()))
                })?)
                .not_null()
            }
            Self::MembershipCount => CityMemberships::count(scope)?,
            Self::PolicyExportCount => CityPolicyExports::count(scope)?,
            Self::HostedEventCount => CityHostedEvents::count(scope)?,
        })
    }
}
