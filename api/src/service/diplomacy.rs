//! Agreements, organizations and memberships.

use entity::{
    AgreementKind, AgreementStatus, OrganizationKind, agreement, city, country, organization,
};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryTrait};

use super::aggregate::{
    Aggregation, Bucket, Wanted, city_of, country_of, join_city_country, join_partner_country,
    partner_continent, partner_country, total_and_groups_over, unordered_pair,
};
use crate::db::Db;
use crate::error::{AppError, AppResult};

/// What the simple arguments of a list of agreements select, root or nested: agreements of
/// `kind`, with `status`, in force on `as_of`. The one place these arguments become SQL, for
/// the root list, its connection, its aggregate and a city's agreements.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct AgreementArgs {
    pub kind: Option<AgreementKind>,
    pub status: Option<AgreementStatus>,
    pub as_of: Option<String>,
}

impl AgreementArgs {
    /// `matching` narrowed to these agreements, with `party` (a city's id, or an expression
    /// giving it) one of their two cities when given.
    pub fn narrow(&self, matching: Condition, party: Option<Expr>) -> Condition {
        let party_is = |city: Expr| {
            Condition::any()
                .add(Expr::col((agreement::Entity, agreement::Column::PartyAId)).eq(city.clone()))
                .add(Expr::col((agreement::Entity, agreement::Column::PartyBId)).eq(city))
        };
        matching
            .add_option(self.kind.map(|kind| agreement::Column::Kind.eq(kind)))
            .add_option(
                self.status
                    .map(|status| agreement::Column::Status.eq(status)),
            )
            .add_option(self.as_of.as_deref().map(super::time::agreement_in_force))
            .add_option(party.map(party_is))
    }
}

/// Keys agreements can be grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgreementKey {
    Kind,
    Status,
    Year,
    Decade,
    PartnerCountry,
    PartnerContinent,
    /// The unordered pair of the parties' countries.
    CountryPair,
    /// The unordered pair of the parties' continents.
    ContinentPair,
    /// Each party's country: an agreement counts under both, once when they share it.
    PartyCountry,
}

/// Count of agreements, of distinct partners and distance statistics, in total and per group.
/// `matching` selects the agreements; `city`, if given, is the side partners are seen from.
pub async fn agreements_aggregate(
    db: &Db,
    matching: Condition,
    city: Option<i32>,
    group_by: &[AgreementKey],
    wanted: Wanted,
) -> AppResult<(Bucket, Vec<Bucket>)> {
    let partner_seen = group_by.iter().any(|key| {
        matches!(
            key,
            AgreementKey::PartnerCountry | AgreementKey::PartnerContinent
        )
    });
    let partner = match city {
        Some(city) => Expr::case(
            Expr::col((agreement::Entity, agreement::Column::PartyAId)).eq(city),
            Expr::col((agreement::Entity, agreement::Column::PartyBId)),
        )
        .finally(Expr::col((agreement::Entity, agreement::Column::PartyAId)))
        .into(),
        None if partner_seen => {
            return Err(AppError::BadUserInput(
                "grouping by partner needs `city`: the side partners are seen from".into(),
            ));
        }
        // Without a city, both parties count as partners.
        None => Expr::col((agreement::Entity, agreement::Column::PartyBId)),
    };
    // The year of a partial ISO date is its first four characters.
    let signed_on = Expr::col((agreement::Entity, agreement::Column::SignedOn));
    let year = Expr::from(Func::cust("substr").arg(signed_on).arg(1).arg(4)).cast_as("INTEGER");
    let mut query = agreement::Entity::find().filter(matching).into_query();
    if partner_seen {
        join_partner_country(&mut query, partner.clone());
    }
    let parties_seen = group_by.iter().any(|key| {
        matches!(
            key,
            AgreementKey::CountryPair | AgreementKey::ContinentPair | AgreementKey::PartyCountry
        )
    });
    let party = |column| Expr::col((agreement::Entity, column));
    if parties_seen {
        for (name, column) in [
            ("party_a", agreement::Column::PartyAId),
            ("party_b", agreement::Column::PartyBId),
        ] {
            join_city_country(
                &mut query,
                name,
                city_of(name, city::Column::Id).eq(party(column)),
            );
        }
    }
    // Counted under each party's country: joined once to party A's city, and to party B's
    // when its country is another. Only the groups see it; the total counts each row once.
    let mut grouped = query.clone();
    if group_by.contains(&AgreementKey::PartyCountry) {
        let on = city_of("party", city::Column::Id)
            .eq(party(agreement::Column::PartyAId))
            .or(city_of("party", city::Column::Id)
                .eq(party(agreement::Column::PartyBId))
                .and(
                    country_of("party_b", country::Column::Id)
                        .ne(country_of("party_a", country::Column::Id)),
                ));
        join_city_country(&mut grouped, "party", on);
    }
    let country = |name| {
        (
            country_of(name, country::Column::Id),
            country_of(name, country::Column::Code),
        )
    };
    let country_pair = unordered_pair(country("party_a"), country("party_b"));
    let continent = |name| {
        let continent = country_of(name, country::Column::Continent);
        (continent.clone(), continent)
    };
    let continent_pair = unordered_pair(continent("party_a"), continent("party_b"));
    let keys = group_by
        .iter()
        .map(|key| match key {
            AgreementKey::Kind => (
                "kind",
                Expr::col((agreement::Entity, agreement::Column::Kind)),
            ),
            AgreementKey::Status => (
                "status",
                Expr::col((agreement::Entity, agreement::Column::Status)),
            ),
            AgreementKey::Year => ("year", year.clone()),
            AgreementKey::Decade => ("decade", year.clone().div(10).mul(10)),
            AgreementKey::PartnerCountry => ("partner_country", partner_country()),
            AgreementKey::PartnerContinent => ("partner_continent", partner_continent()),
            AgreementKey::CountryPair => ("country_pair", country_pair.clone()),
            AgreementKey::ContinentPair => ("continent_pair", continent_pair.clone()),
            AgreementKey::PartyCountry => {
                ("party_country", country_of("party", country::Column::Id))
            }
        })
        .collect();
    let distinct = vec![("partners", partner)];
    let numbers = vec![(
        "distance_km",
        Expr::col((agreement::Entity, agreement::Column::DistanceKm)),
    )];
    total_and_groups_over(
        db,
        query,
        grouped,
        Aggregation {
            keys,
            distinct,
            numbers,
        },
        wanted,
    )
    .await
}

/// An organization by its acronym (case-insensitive) or its slug.
pub async fn organization(
    db: &Db,
    acronym: Option<&str>,
    slug: Option<&str>,
) -> AppResult<organization::Model> {
    let (filter, described) = match (acronym, slug) {
        (Some(acronym), None) => {
            let upper_acronym = Func::upper(Expr::col(organization::Column::Acronym));
            (
                Expr::expr(upper_acronym).eq(acronym.to_uppercase()),
                format!("the acronym `{acronym}`"),
            )
        }
        (None, Some(slug)) => (
            organization::Column::Slug.eq(slug),
            format!("the slug `{slug}`"),
        ),
        _ => {
            return Err(AppError::BadUserInput(
                "give exactly one of `acronym` and `slug`".into(),
            ));
        }
    };
    organization::Entity::find()
        .filter(filter)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no organization has {described}")))
}

/// `matching` narrowed by the simple arguments of the organization lists.
pub fn organizations_where(matching: Condition, kind: Option<OrganizationKind>) -> Condition {
    matching.add_option(kind.map(|kind| organization::Column::Kind.eq(kind)))
}
