//! The `Organization`, `Membership` and `HostedOffice` types.

use async_graphql::{Context, ID, Object, Result};
use entity::{event, hosted_office, membership, organization, statistic};

use super::node::{NodeId, NodeKind};
use super::{
    Citation, City, Date, Event, Filtered, MembershipRole, OfficeKind, OrganizationKind, Statistic,
    citations, held_on, load, load_many,
};
use crate::graphql::connection::{Page, PageArgs};
use crate::graphql::lists::{
    EventFilter, EventOrder, EventOrderField, HostedOfficeFilter, HostedOfficeOrder,
    HostedOfficeOrderField, MembershipFilter, MembershipOrder, MembershipOrderField,
    StatisticFilter, StatisticOrder, StatisticOrderField,
};
use crate::graphql::loaders::*;

/// An international city network, an international organization or another body.
pub struct Organization(pub organization::Model);

impl From<organization::Model> for Organization {
    fn from(model: organization::Model) -> Self {
        Self(model)
    }
}

/// An international city network, an international organization or another body.
#[Object]
impl Organization {
    /// Globally unique, opaque and stable identifier; `node(id:)` finds the record by it.
    pub async fn id(&self) -> ID {
        NodeId::first(
            NodeKind::Organization,
            self.0.first_key.as_ref(),
            &self.0.slug,
        )
        .into()
    }

    /// The record's version, bumped by every edit; updates and deletes send the one they read.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// The latest writes to this record, newest first; needs the viewer role.
    #[graphql(guard = "crate::auth::RoleGuard::new(crate::auth::Role::Viewer)")]
    async fn history(&self, ctx: &Context<'_>) -> Result<Vec<super::AuditEntry>> {
        super::audit::history(ctx, self.id(ctx).await?).await
    }

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
    ) -> Result<Vec<Membership>> {
        let all = load_many(ctx, MembershipsOfOrganization(self.0.id));
        let filtered = Filtered {
            list: "organizationMemberships",
            filter,
            order_by,
            default: MembershipOrderField::JoinedYear,
        };
        let memberships = filtered
            .children::<membership::Entity, _>(
                ctx,
                membership::Column::OrganizationId,
                self.0.id,
                all,
            )
            .await?;
        held_on(memberships, as_of)
    }

    /// The organization's offices and the cities they are in.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn hosted_offices(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only offices matching this filter.")] filter: Option<
            Box<HostedOfficeFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            HostedOfficeOrder,
        >,
    ) -> Result<Vec<HostedOffice>> {
        let all = load_many(ctx, OfficesOfOrganization(self.0.id));
        let filtered = Filtered {
            list: "organizationHostedOffices",
            filter,
            order_by,
            default: HostedOfficeOrderField::OpenedYear,
        };
        filtered
            .children::<hosted_office::Entity, _>(
                ctx,
                hosted_office::Column::OrganizationId,
                self.0.id,
                all,
            )
            .await
    }

    /// Events the organization organized.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only events matching this filter.")] filter: Option<Box<EventFilter>>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            EventOrder,
        >,
    ) -> Result<Vec<Event>> {
        let all = load_many(ctx, EventsOrganizedBy(self.0.id));
        let filtered = Filtered {
            list: "organizationEvents",
            filter,
            order_by,
            default: EventOrderField::Slug,
        };
        filtered
            .children::<event::Entity, _>(ctx, event::Column::OrganizerId, self.0.id, all)
            .await
    }

    /// Figures the sources state about the organization.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn statistics(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only figures matching this filter.")] filter: Option<
            Box<StatisticFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            StatisticOrder,
        >,
    ) -> Result<Vec<Statistic>> {
        let all = load_many(ctx, StatisticsOfOrganization(self.0.id));
        let filtered = Filtered {
            list: "organizationStatistics",
            filter,
            order_by,
            default: StatisticOrderField::Metric,
        };
        filtered
            .children::<statistic::Entity, _>(
                ctx,
                statistic::Column::OrganizationId,
                self.0.id,
                all,
            )
            .await
    }

    /// The organization's memberships as a Relay connection, filtered, ordered and paged in SQL.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn memberships_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only memberships matching this filter.")] filter: Option<
            Box<MembershipFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            MembershipOrder,
        >,
        #[graphql(desc = "Items after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items before this cursor.")] before: Option<String>,
        #[graphql(
            desc = "The first this many items (default 100, at most the server's maximum page size)."
        )]
        first: Option<i32>,
        #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
        last: Option<i32>,
        #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
    ) -> Result<Page<Membership>> {
        let page = PageArgs {
            first,
            after,
            last,
            before,
            offset,
        };
        let filtered = Filtered {
            list: "organizationMemberships",
            filter,
            order_by,
            default: MembershipOrderField::JoinedYear,
        };
        filtered
            .connection::<membership::Entity, Membership>(
                ctx,
                membership::Column::OrganizationId,
                self.0.id,
                page,
            )
            .await
    }

    /// The organization's offices as a Relay connection, filtered, ordered and paged in SQL.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn hosted_offices_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only offices matching this filter.")] filter: Option<
            Box<HostedOfficeFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            HostedOfficeOrder,
        >,
        #[graphql(desc = "Items after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items before this cursor.")] before: Option<String>,
        #[graphql(
            desc = "The first this many items (default 100, at most the server's maximum page size)."
        )]
        first: Option<i32>,
        #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
        last: Option<i32>,
        #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
    ) -> Result<Page<HostedOffice>> {
        let page = PageArgs {
            first,
            after,
            last,
            before,
            offset,
        };
        let filtered = Filtered {
            list: "organizationHostedOffices",
            filter,
            order_by,
            default: HostedOfficeOrderField::OpenedYear,
        };
        filtered
            .connection::<hosted_office::Entity, HostedOffice>(
                ctx,
                hosted_office::Column::OrganizationId,
                self.0.id,
                page,
            )
            .await
    }

    /// The events the organization organized, as a Relay connection, filtered, ordered and paged in SQL.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn events_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only events matching this filter.")] filter: Option<Box<EventFilter>>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            EventOrder,
        >,
        #[graphql(desc = "Items after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items before this cursor.")] before: Option<String>,
        #[graphql(
            desc = "The first this many items (default 100, at most the server's maximum page size)."
        )]
        first: Option<i32>,
        #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
        last: Option<i32>,
        #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
    ) -> Result<Page<Event>> {
        let page = PageArgs {
            first,
            after,
            last,
            before,
            offset,
        };
        let filtered = Filtered {
            list: "organizationEvents",
            filter,
            order_by,
            default: EventOrderField::Slug,
        };
        filtered
            .connection::<event::Entity, Event>(ctx, event::Column::OrganizerId, self.0.id, page)
            .await
    }

    /// Figures about the organization as a Relay connection, filtered, ordered and paged in SQL.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn statistics_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only figures matching this filter.")] filter: Option<
            Box<StatisticFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            StatisticOrder,
        >,
        #[graphql(desc = "Items after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items before this cursor.")] before: Option<String>,
        #[graphql(
            desc = "The first this many items (default 100, at most the server's maximum page size)."
        )]
        first: Option<i32>,
        #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
        last: Option<i32>,
        #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
    ) -> Result<Page<Statistic>> {
        let page = PageArgs {
            first,
            after,
            last,
            before,
            offset,
        };
        let filtered = Filtered {
            list: "organizationStatistics",
            filter,
            order_by,
            default: StatisticOrderField::Metric,
        };
        filtered
            .connection::<statistic::Entity, Statistic>(
                ctx,
                statistic::Column::OrganizationId,
                self.0.id,
                page,
            )
            .await
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

/// A city's membership of an organization.
#[Object]
impl Membership {
    /// Globally unique, opaque and stable identifier; `node(id:)` finds the record by it.
    pub async fn id(&self) -> ID {
        NodeId::new(NodeKind::Membership, self.0.id.to_string()).into()
    }

    /// The record's version, bumped by every edit; updates and deletes send the one they read.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// The latest writes to this record, newest first; needs the viewer role.
    #[graphql(guard = "crate::auth::RoleGuard::new(crate::auth::Role::Viewer)")]
    async fn history(&self, ctx: &Context<'_>) -> Result<Vec<super::AuditEntry>> {
        super::audit::history(ctx, self.id(ctx).await?).await
    }

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

/// An organization's office located in a city.
#[Object]
impl HostedOffice {
    /// Globally unique, opaque and stable identifier; `node(id:)` finds the record by it.
    pub async fn id(&self) -> ID {
        NodeId::new(NodeKind::HostedOffice, self.0.id.to_string()).into()
    }

    /// The record's version, bumped by every edit; updates and deletes send the one they read.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// The latest writes to this record, newest first; needs the viewer role.
    #[graphql(guard = "crate::auth::RoleGuard::new(crate::auth::Role::Viewer)")]
    async fn history(&self, ctx: &Context<'_>) -> Result<Vec<super::AuditEntry>> {
        super::audit::history(ctx, self.id(ctx).await?).await
    }

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
