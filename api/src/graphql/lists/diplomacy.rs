//! Filters and orders of agreements, organizations and memberships.

use async_graphql::Enum;
use entity::{agreement, city, country, membership, organization};
use paradiplo_macros::{Filter, filter_input};
use sea_orm::Condition;
use sea_orm::sea_query::{Expr, ExprTrait};

use super::Key;
use super::{
    CityFilter, DateFilter, EnumFilter, EventListFilter, FloatFilter, HostedOfficeListFilter,
    IntFilter, OrderField, StatisticListFilter, StringFilter, float, integer, text, to_one,
};
use super::{
    OrganizationEvents, OrganizationHostedOffices, OrganizationMemberships, OrganizationStatistics,
    Relation,
};
use crate::error::{AppError, AppResult};
use crate::graphql::vocabulary::{
    AgreementKind, AgreementStatus, MembershipRole, OrganizationKind,
};
use crate::service::filter::Scope;

/// Conditions on agreements; every condition given must hold.
#[filter_input(table = agreement, list = "agreements")]
pub struct AgreementFilter {
    /// The kind of agreement.
    pub kind: Option<EnumFilter<AgreementKind>>,
    /// The status.
    pub status: Option<EnumFilter<AgreementStatus>>,
    /// The day, month or year of signature.
    pub signed_on: Option<DateFilter>,
    /// The day, month or year it ended.
    pub ended_on: Option<DateFilter>,
    /// The note.
    pub note: Option<StringFilter>,
    /// The great-circle distance in km between the parties (null when one's coordinates are
    /// unknown).
    pub distance_km: Option<FloatFilter>,
    /// Whether the parties are in different countries (`true`) or the same one (`false`).
    #[filter(with = international)]
    pub international: Option<bool>,
    /// Either party.
    #[filter(with = either_party)]
    pub party: Option<Box<CityFilter>>,
    /// The party other than the city the agreements are seen from (a city's agreements, or
    /// the `city` argument of a root list).
    #[filter(with = partner_is)]
    pub partner: Option<Box<CityFilter>>,
}

/// Either party matches `filter`.
fn either_party(scope: &Scope, filter: &CityFilter) -> AppResult<Condition> {
    let party = |column| to_one(scope, scope.col(column), filter);
    Ok(Condition::any()
        .add(party(agreement::Column::PartyAId)?)
        .add(party(agreement::Column::PartyBId)?))
}

/// The parties are in different countries (`true`) or in the same one.
fn international(scope: &Scope, international: &bool) -> AppResult<Condition> {
    let country = |party| {
        scope.lookup::<city::Entity>(scope.col(party), city::Column::Id, city::Column::CountryId)
    };
    let (a, b) = (
        country(agreement::Column::PartyAId)?,
        country(agreement::Column::PartyBId)?,
    );
    Ok(Condition::all().add(if *international { a.ne(b) } else { a.eq(b) }))
}

/// The party other than the city the agreements are seen from matches `filter`: written as
/// one branch per side rather than over [`partner`]'s CASE, which SQLite 3.51 answers wrongly
/// inside a correlated `EXISTS` it plans as an OR of two indexes.
fn partner_is(scope: &Scope, filter: &CityFilter) -> AppResult<Condition> {
    let viewer = viewer(scope)?;
    let seen_from = |side: agreement::Column, other: agreement::Column| -> AppResult<Condition> {
        Ok(Condition::all()
            .add(scope.col(side).eq(viewer.clone()))
            .add(to_one(scope, scope.col(other), filter)?))
    };
    Ok(Condition::any()
        .add(seen_from(
            agreement::Column::PartyAId,
            agreement::Column::PartyBId,
        )?)
        .add(seen_from(
            agreement::Column::PartyBId,
            agreement::Column::PartyAId,
        )?))
}

/// The city the agreements are seen from.
fn viewer(scope: &Scope) -> AppResult<Expr> {
    scope.viewer().ok_or_else(|| {
        AppError::BadUserInput(
            "`partner` needs the city agreements are seen from: give `city`, or filter by `party`"
                .into(),
        )
    })
}

/// The party of an agreement other than the city it is seen from.
fn partner(scope: &Scope) -> AppResult<Expr> {
    let viewer = viewer(scope)?;
    Ok(Expr::case(
        scope.col(agreement::Column::PartyAId).eq(viewer),
        scope.col(agreement::Column::PartyBId),
    )
    .finally(scope.col(agreement::Column::PartyAId))
    .into())
}

/// What agreements can be ordered by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum AgreementOrderField {
    /// The date of signature (ISO text, so years sort before their months).
    SignedOn,
    /// The date it ended.
    EndedOn,
    /// The kind.
    Kind,
    /// The status.
    Status,
    /// The partner's English name (needs the city agreements are seen from).
    PartnerName,
    /// The English name of the partner's country (needs the city agreements are seen from).
    PartnerCountryName,
    /// The partner's continent (needs the city agreements are seen from).
    PartnerContinent,
    /// The great-circle distance between the parties (unknown distances last by default).
    DistanceKm,
}

impl OrderField for AgreementOrderField {
    fn key(self, scope: &Scope) -> AppResult<Key> {
        let partner_country = |column: country::Column| -> AppResult<Expr> {
            let country = scope.lookup::<city::Entity>(
                partner(scope)?,
                city::Column::Id,
                city::Column::CountryId,
            )?;
            scope.lookup::<country::Entity>(country, country::Column::Id, column)
        };
        Ok(match self {
            Self::SignedOn => text(scope.col(agreement::Column::SignedOn)),
            Self::EndedOn => text(scope.col(agreement::Column::EndedOn)),
            Self::Kind => text(scope.col(agreement::Column::Kind)).not_null(),
            Self::Status => text(scope.col(agreement::Column::Status)).not_null(),
            Self::PartnerName => text(scope.lookup::<city::Entity>(
                partner(scope)?,
                city::Column::Id,
                city::Column::NameEn,
            )?),
            Self::PartnerCountryName => text(partner_country(country::Column::NameEn)?),
            Self::PartnerContinent => text(partner_country(country::Column::Continent)?),
            Self::DistanceKm => float(scope.col(agreement::Column::DistanceKm)),
        })
    }
}

/// Conditions on organizations; every condition given must hold.
#[filter_input(table = organization)]
pub struct OrganizationFilter {
    /// The slug.
    pub slug: Option<StringFilter>,
    /// The acronym, such as `C40`.
    pub acronym: Option<StringFilter>,
    /// The English name.
    pub name_en: Option<StringFilter>,
    /// The Korean name.
    pub name_ko: Option<StringFilter>,
    /// The kind of organization.
    pub kind: Option<EnumFilter<OrganizationKind>>,
    /// The year it was founded.
    pub founded_year: Option<IntFilter>,
    /// The city of its headquarters.
    #[filter(to_one = HeadquartersId)]
    pub headquarters: Option<Box<CityFilter>>,
    /// Its members' memberships.
    #[filter(relation = OrganizationMemberships)]
    pub memberships: Option<Box<MembershipListFilter>>,
    /// The events it organized.
    #[filter(relation = OrganizationEvents)]
    pub events: Option<Box<EventListFilter>>,
    /// Its offices hosted by cities.
    #[filter(relation = OrganizationHostedOffices)]
    pub hosted_offices: Option<Box<HostedOfficeListFilter>>,
    /// Figures about it.
    #[filter(relation = OrganizationStatistics)]
    pub statistics: Option<Box<StatisticListFilter>>,
}

/// What organizations can be ordered by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum OrganizationOrderField {
    /// The slug.
    Slug,
    /// The acronym.
    Acronym,
    /// The English name.
    NameEn,
    /// The Korean name.
    NameKo,
    /// The kind.
    Kind,
    /// The year it was founded.
    FoundedYear,
    /// The English name of its headquarters' city.
    HeadquartersName,
    /// How many member cities it has in the dataset.
    MemberCount,
}

impl OrderField for OrganizationOrderField {
    fn key(self, scope: &Scope) -> AppResult<Key> {
        Ok(match self {
            Self::Slug => text(scope.col(organization::Column::Slug)).not_null(),
            Self::Acronym => text(scope.col(organization::Column::Acronym)),
            Self::NameEn => text(scope.col(organization::Column::NameEn)).not_null(),
            Self::NameKo => text(scope.col(organization::Column::NameKo)).not_null(),
            Self::Kind => text(scope.col(organization::Column::Kind)).not_null(),
            Self::FoundedYear => integer(scope.col(organization::Column::FoundedYear)),
            Self::HeadquartersName => text(scope.lookup::<city::Entity>(
                scope.col(organization::Column::HeadquartersId),
                city::Column::Id,
                city::Column::NameEn,
            )?),
            Self::MemberCount => OrganizationMemberships::count(scope)?,
        })
    }
}

/// Conditions on memberships; every condition given must hold.
#[filter_input(table = membership, list = "memberships")]
pub struct MembershipFilter {
    /// The member's role.
    pub role: Option<EnumFilter<MembershipRole>>,
    /// The year the city joined.
    pub joined_year: Option<IntFilter>,
    /// The year the city left.
    pub left_year: Option<IntFilter>,
    /// The member city.
    #[filter(to_one = CityId)]
    pub city: Option<Box<CityFilter>>,
    /// The organization.
    #[filter(to_one = OrganizationId)]
    pub organization: Option<Box<OrganizationFilter>>,
}

/// What memberships can be ordered by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum MembershipOrderField {
    /// The year the city joined.
    JoinedYear,
    /// The year the city left.
    LeftYear,
    /// The role.
    Role,
    /// The member city's English name.
    CityName,
    /// The organization's English name.
    OrganizationName,
    /// The organization's acronym.
    OrganizationAcronym,
}

impl OrderField for MembershipOrderField {
    fn key(self, scope: &Scope) -> AppResult<Key> {
        let organization = |column: organization::Column| {
            scope.lookup::<organization::Entity>(
                scope.col(membership::Column::OrganizationId),
                organization::Column::Id,
                column,
            )
        };
        Ok(match self {
            Self::JoinedYear => integer(scope.col(membership::Column::JoinedYear)),
            Self::LeftYear => integer(scope.col(membership::Column::LeftYear)),
            Self::Role => text(scope.col(membership::Column::Role)).not_null(),
            Self::CityName => text(scope.lookup::<city::Entity>(
                scope.col(membership::Column::CityId),
                city::Column::Id,
                city::Column::NameEn,
            )?),
            Self::OrganizationName => text(organization(organization::Column::NameEn)?),
            Self::OrganizationAcronym => text(organization(organization::Column::Acronym)?),
        })
    }
}
