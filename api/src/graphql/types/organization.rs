//! The `Organization`, `Membership` and `HostedOffice` types.

use async_graphql::{Context, Object, Result};
use entity::{hosted_office, membership, organization};
use paradiplo_macros::{node_fields, relation_fields, row_fields};

use super::{
    Citation, City, Date, Event, MembershipRole, OfficeKind, OrganizationKind, Statistic,
    citations, held_on, load, relation_list,
};
use crate::graphql::lists::{
    MembershipFilter, MembershipOrder, OrganizationEvents, OrganizationHostedOffices,
    OrganizationMemberships, OrganizationStatistics,
};
use crate::graphql::loaders::*;
use crate::graphql::rows::{Rows, relations};

/// An international city network, an international organization or another body.
pub struct Organization(pub organization::Model);

impl From<organization::Model> for Organization {
    fn from(model: organization::Model) -> Self {
        Self(model)
    }
}

relations!(Organization {
    "headquarters" => one City: by |organization| organization.0.headquarters_id.map(CityById);
    "memberships" => many Membership: by |organization| Children { id: organization.0.id, relation: OrganizationMemberships };
    "hostedOffices" => many HostedOffice: by |organization| Children { id: organization.0.id, relation: OrganizationHostedOffices };
    "events" => many Event: by |organization| Children { id: organization.0.id, relation: OrganizationEvents };
    "statistics" => many Statistic: by |organization| Children { id: organization.0.id, relation: OrganizationStatistics };
});

/// An international city network, an international organization or another body.
#[node_fields(audited)]
#[row_fields]
#[relation_fields(
    OrganizationMemberships -> Membership, filter "Only memberships matching this filter.",
        connection memberships_connection "The organization's memberships as a Relay connection, filtered, ordered and paged in SQL.";
    OrganizationHostedOffices -> HostedOffice, filter "Only offices matching this filter.",
        list hosted_offices "The organization's offices and the cities they are in.",
        connection hosted_offices_connection "The organization's offices as a Relay connection, filtered, ordered and paged in SQL.";
    OrganizationEvents -> Event, filter "Only events matching this filter.",
        list events "Events the organization organized.",
        connection events_connection "The events the organization organized, as a Relay connection, filtered, ordered and paged in SQL.";
    OrganizationStatistics -> Statistic, filter "Only figures matching this filter.",
        list statistics "Figures the sources state about the organization.",
        connection statistics_connection "Figures about the organization as a Relay connection, filtered, ordered and paged in SQL."
)]
#[Object]
impl Organization {
    /// Stable identifier, such as `c40` or `metropolis`.
    async fn slug(&self) -> &str {
        &self.0.slug
    }

    /// Acronym, such as `C40` or `UCLG`, where the organization has one.
    async fn acronym(&self) -> Option<&str> {
        self.0.acronym.as_deref()
    }

    /// Name in English.
    async fn name_en(&self) -> &str {
        &self.0.name_en
    }

    /// Name in Korean.
    async fn name_ko(&self) -> &str {
        &self.0.name_ko
    }

    /// City network, international organization or other.
    async fn kind(&self) -> OrganizationKind {
        self.0.kind.into()
    }

    /// Year the organization was founded, where known.
    async fn founded_year(&self) -> Option<i32> {
        self.0.founded_year
    }

    /// The city of its headquarters, where known.
    async fn headquarters(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        match self.0.headquarters_id {
            Some(id) => Ok(load(ctx, CityById(id)).await?.map(City::from)),
            None => Ok(None),
        }
    }

    /// Cities that are members, with their roles.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn memberships(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only memberships held on this day: joined in or before its year, not left before it."
        )]
        as_of: Option<Date>,
        #[graphql(desc = "Only memberships matching this filter.")] filter: Option<
            Box<MembershipFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            MembershipOrder,
        >,
    ) -> Result<Rows<Membership>> {
        let memberships =
            relation_list::<OrganizationMemberships, _>(ctx, self.0.id, filter, order_by);
        held_on(memberships.await?, as_of).map(Rows::from)
    }

    /// Where the facts about this organization come from.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn sources(&self, ctx: &Context<'_>) -> Result<Vec<Citation>> {
        citations(ctx, Cited::Organization, self.0.id).await
    }
}

/// A city's membership of an organization.
pub struct Membership(pub membership::Model);

impl From<membership::Model> for Membership {
    fn from(model: membership::Model) -> Self {
        Self(model)
    }
}

relations!(Membership {
    "city" => one City: by |membership| Some(CityById(membership.0.city_id));
    "organization" => one Organization: by |membership| Some(OrganizationById(membership.0.organization_id));
});

/// A city's membership of an organization.
#[node_fields(audited)]
#[row_fields]
#[Object]
impl Membership {
    /// The city's role: member, founding member, secretariat host…
    async fn role(&self) -> MembershipRole {
        self.0.role.into()
    }

    /// Year the city joined, where known.
    async fn joined_year(&self) -> Option<i32> {
        self.0.joined_year
    }

    /// Year the city left, where it did.
    async fn left_year(&self) -> Option<i32> {
        self.0.left_year
    }

    /// What the sources add.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }

    /// The member city.
    async fn city(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        Ok(load(ctx, CityById(self.0.city_id)).await?.map(City::from))
    }

    /// The organization.
    async fn organization(&self, ctx: &Context<'_>) -> Result<Option<Organization>> {
        Ok(load(ctx, OrganizationById(self.0.organization_id))
            .await?
            .map(Organization::from))
    }

    /// Where this membership is documented.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn sources(&self, ctx: &Context<'_>) -> Result<Vec<Citation>> {
        citations(ctx, Cited::Membership, self.0.id).await
    }
}

/// An organization's office located in a city.
pub struct HostedOffice(pub hosted_office::Model);

impl From<hosted_office::Model> for HostedOffice {
    fn from(model: hosted_office::Model) -> Self {
        Self(model)
    }
}

relations!(HostedOffice {
    "organization" => one Organization: by |office| Some(OrganizationById(office.0.organization_id));
    "city" => one City: by |office| Some(CityById(office.0.city_id));
});

/// An organization's office located in a city.
#[node_fields(audited)]
#[row_fields]
#[Object]
impl HostedOffice {
    /// Headquarters, regional office, liaison office, secretariat…
    async fn kind(&self) -> OfficeKind {
        self.0.kind.into()
    }

    /// The office's own name in English, where it has one.
    async fn name_en(&self) -> Option<&str> {
        self.0.name_en.as_deref()
    }

    /// The office's own name in Korean, where it has one.
    async fn name_ko(&self) -> Option<&str> {
        self.0.name_ko.as_deref()
    }

    /// Year the office opened, where known.
    async fn opened_year(&self) -> Option<i32> {
        self.0.opened_year
    }

    /// The organization.
    async fn organization(&self, ctx: &Context<'_>) -> Result<Option<Organization>> {
        Ok(load(ctx, OrganizationById(self.0.organization_id))
            .await?
            .map(Organization::from))
    }

    /// The city the office is in.
    async fn city(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        Ok(load(ctx, CityById(self.0.city_id)).await?.map(City::from))
    }

    /// Where this office is documented.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn sources(&self, ctx: &Context<'_>) -> Result<Vec<Citation>> {
        citations(ctx, Cited::HostedOffice, self.0.id).await
    }
}
