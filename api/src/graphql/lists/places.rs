//! Filters and orders of cities and countries.

use async_graphql::Enum;
use entity::{agreement, city, country};
use paradiplo_macros::{Filter, filter_input};
use sea_orm::Condition;
use sea_orm::sea_query::ExprTrait;

use super::Key;
use super::{
    AgreementListFilter, EventListFilter, FloatFilter, HostedOfficeListFilter,
    MembershipListFilter, OrderField, PolicyExportListFilter, ProgramListFilter,
    StatisticListFilter, StringFilter, integer, text,
};
use super::{
    CityHostedEvents, CityHostedOffices, CityMemberships, CityPolicyExports, CityPrograms,
    CityStatistics, CountryCities, ListFilter, Relation,
};
use crate::error::AppResult;
use crate::graphql::vocabulary::{CityKind, Continent};
use crate::service::filter::{Quantifier, Scope};

/// Conditions on cities; every condition given must hold.
#[filter_input(table = city, list = "cities")]
pub struct CityFilter {
    /// The slug.
    pub slug: Option<StringFilter>,
    /// The English name.
    pub name_en: Option<StringFilter>,
    /// The Korean name (null where no source gives one).
    pub name_ko: Option<StringFilter>,
    /// The Wikidata item, such as `Q8684` (null where none is known).
    pub wikidata_id: Option<StringFilter>,
    /// The administrative kind.
    pub kind: Option<super::EnumFilter<CityKind>>,
    /// The latitude.
    pub latitude: Option<FloatFilter>,
    /// The longitude.
    pub longitude: Option<FloatFilter>,
    /// The country the city is in.
    #[filter(to_one = CountryId)]
    pub country: Option<Box<CountryFilter>>,
    /// The city's agreements; inside, `partner` is the other party.
    #[filter(with = agreements_clause)]
    pub agreements: Option<Box<AgreementListFilter>>,
    /// The city's memberships of organizations.
    #[filter(relation = CityMemberships)]
    pub memberships: Option<Box<MembershipListFilter>>,
    /// The policies the city exported.
    #[filter(relation = CityPolicyExports)]
    pub policy_exports: Option<Box<PolicyExportListFilter>>,
    /// The events the city hosted.
    #[filter(relation = CityHostedEvents)]
    pub hosted_events: Option<Box<EventListFilter>>,
    /// The organizations' offices in the city.
    #[filter(relation = CityHostedOffices)]
    pub hosted_offices: Option<Box<HostedOfficeListFilter>>,
    /// The city's programs.
    #[filter(relation = CityPrograms)]
    pub programs: Option<Box<ProgramListFilter>>,
    /// Figures about the city.
    #[filter(relation = CityStatistics)]
    pub statistics: Option<Box<StatisticListFilter>>,
}

/// The city's agreements, seen from it, match `list`.
fn agreements_clause(scope: &Scope, list: &AgreementListFilter) -> AppResult<Condition> {
    list.compile(|quantifier, filter| agreements_of(scope, quantifier, filter))
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

/// Conditions on countries; every condition given must hold.
#[filter_input(table = country)]
pub struct CountryFilter {
    /// The ISO 3166-1 alpha-2 code.
    pub code: Option<StringFilter>,
    /// The English name.
    pub name_en: Option<StringFilter>,
    /// The Korean name.
    pub name_ko: Option<StringFilter>,
    /// The continent.
    pub continent: Option<super::EnumFilter<Continent>>,
    /// The country's cities.
    #[filter(relation = CountryCities)]
    pub cities: Option<Box<CityListFilter>>,
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
            Self::NameKo => text(scope.col(city::Column::NameKo)),
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
