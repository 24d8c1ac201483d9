//! The `City` type: a city or region and everything it relates to.

use async_graphql::{Context, ID, Object, Result};
use entity::{
    agreement, city, event, hosted_office, membership, policy_export, program, statistic,
};

use super::node::{NodeId, NodeKind};
use super::{
    Agreement, AgreementKind, Citation, CityKind, Country, Date, Event, Filtered, HostedOffice,
    Membership, Period, PolicyExport, Program, Statistic, citations, held_on, largest_page, load,
    load_many, page_request,
};
use crate::graphql::connection::{Page, PageArgs, connection};
use crate::graphql::lists::{
    self, AgreementFilter, AgreementOrder, AgreementOrderField, EventFilter, EventOrder,
    EventOrderField, HostedOfficeFilter, HostedOfficeOrder, HostedOfficeOrderField,
    MembershipFilter, MembershipOrder, MembershipOrderField, PolicyExportFilter, PolicyExportOrder,
    PolicyExportOrderField, ProgramFilter, ProgramOrder, ProgramOrderField, StatisticFilter,
    StatisticOrder, StatisticOrderField,
};
use crate::graphql::loaders::*;
use crate::service::keyset::KeysetPage;
use crate::service::nested::{self, SEEN_AGREEMENTS};
use crate::service::time;
use sea_orm::ColumnTrait;

/// A city or region: an actor of city diplomacy.
pub struct City(pub city::Model);

impl From<city::Model> for City {
    fn from(model: city::Model) -> Self {
        Self(model)
    }
}

/// A city or region: an actor of city diplomacy.
#[Object]
impl City {
    /// Globally unique, opaque and stable identifier; `node(id:)` finds the record by it.
    pub async fn id(&self) -> ID {
        NodeId::first(NodeKind::City, self.0.first_key.as_ref(), &self.0.slug).into()
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

    /// Stable identifier in URLs and queries, such as `seoul` or `sao-paulo`.
    async fn slug(&self) -> &str {
        &self.0.slug
    }

    /// Name in English.
    async fn name_en(&self) -> &str {
        &self.0.name_en
    }

    /// Name in Korean.
    async fn name_ko(&self) -> &str {
        &self.0.name_ko
    }

    /// Administrative kind: city, province, state, prefecture…
    async fn kind(&self) -> CityKind {
        self.0.kind.into()
    }

    /// Latitude in decimal degrees, where known.
    async fn latitude(&self) -> Option<f64> {
        self.0.latitude
    }

    /// Longitude in decimal degrees, where known.
    async fn longitude(&self) -> Option<f64> {
        self.0.longitude
    }

    /// The country the city is in.
    async fn country(&self, ctx: &Context<'_>) -> Result<Option<Country>> {
        Ok(load(ctx, CountryById(self.0.country_id))
            .await?
            .map(Country::from))
    }

    /// Agreements this city is a party to, whichever side signed first; `partner` is the other side.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn agreements(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only agreements of this kind.")] kind: Option<AgreementKind>,
        #[graphql(
            desc = "Only agreements in force on this day: signed on or before it, not ended before it."
        )]
        as_of: Option<Date>,
        #[graphql(desc = "Only agreements matching this filter.")] filter: Option<
            Box<AgreementFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            AgreementOrder,
        >,
    ) -> Result<Vec<Agreement>> {
        if filter.is_some() || !order_by.is_empty() {
            let page = self
                .agreement_page(ctx, kind, as_of, filter, order_by, largest_page(ctx))
                .await?;
            return Ok(page.edges.into_iter().map(|edge| edge.node).collect());
        }
        let key = AgreementsOfCity {
            city: self.0.id,
            kind: kind.map(Into::into),
            as_of: as_of.map(|day| day.0),
        };
        let agreements = load(ctx, key).await?.unwrap_or_default();
        Ok(agreements
            .into_iter()
            .map(|model| Agreement::seen_from(model, self.0.id))
            .collect())
    }

    /// The city's agreements as a Relay connection, filtered, ordered and paged in SQL (by
    /// signature date, undated last, unless `orderBy` says otherwise); `partner` is the other
    /// side.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn agreements_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only agreements of this kind.")] kind: Option<AgreementKind>,
        #[graphql(desc = "Only agreements in force on this day.")] as_of: Option<Date>,
        #[graphql(desc = "Only agreements matching this filter; `partner` is the other side.")]
        filter: Option<Box<AgreementFilter>>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            AgreementOrder,
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
    ) -> Result<Page<Agreement>> {
        let page = PageArgs {
            first,
            after,
            last,
            before,
            offset,
        };
        self.agreement_page(ctx, kind, as_of, filter, order_by, page)
            .await
    }

    /// The city's memberships as a Relay connection, filtered, ordered and paged in SQL (by joining year unless `orderBy` says otherwise).
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
            list: "cityMemberships",
            filter,
            order_by,
            default: MembershipOrderField::JoinedYear,
        };
        filtered
            .connection::<membership::Entity, Membership>(
                ctx,
                membership::Column::CityId,
                self.0.id,
                page,
            )
            .await
    }

    /// The offices in this city as a Relay connection, filtered, ordered and paged in SQL.
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
            list: "cityHostedOffices",
            filter,
            order_by,
            default: HostedOfficeOrderField::OpenedYear,
        };
        filtered
            .connection::<hosted_office::Entity, HostedOffice>(
                ctx,
                hosted_office::Column::CityId,
                self.0.id,
                page,
            )
            .await
    }

    /// The policies this city exported, as a Relay connection, filtered, ordered and paged in SQL.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn policy_exports_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only exports matching this filter.")] filter: Option<
            Box<PolicyExportFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            PolicyExportOrder,
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
    ) -> Result<Page<PolicyExport>> {
        let page = PageArgs {
            first,
            after,
            last,
            before,
            offset,
        };
        let filtered = Filtered {
            list: "cityPolicyExports",
            filter,
            order_by,
            default: PolicyExportOrderField::Slug,
        };
        filtered
            .connection::<policy_export::Entity, PolicyExport>(
                ctx,
                policy_export::Column::ExporterId,
                self.0.id,
                page,
            )
            .await
    }

    /// The policies other cities exported to this city, as a Relay connection, filtered, ordered and paged in SQL.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn policy_imports_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only exports matching this filter.")] filter: Option<
            Box<PolicyExportFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            PolicyExportOrder,
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
    ) -> Result<Page<PolicyExport>> {
        let page = PageArgs {
            first,
            after,
            last,
            before,
            offset,
        };
        let filtered = Filtered {
            list: "cityPolicyImports",
            filter,
            order_by,
            default: PolicyExportOrderField::Slug,
        };
        filtered
            .connection::<policy_export::Entity, PolicyExport>(
                ctx,
                policy_export::Column::PartnerId,
                self.0.id,
                page,
            )
            .await
    }

    /// The events this city hosted, as a Relay connection, filtered, ordered and paged in SQL.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn hosted_events_connection(
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
            list: "cityHostedEvents",
            filter,
            order_by,
            default: EventOrderField::Slug,
        };
        filtered
            .connection::<event::Entity, Event>(ctx, event::Column::HostId, self.0.id, page)
            .await
    }

    /// The city's programs as a Relay connection, filtered, ordered and paged in SQL.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn programs_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only programs matching this filter.")] filter: Option<Box<ProgramFilter>>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            ProgramOrder,
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
    ) -> Result<Page<Program>> {
        let page = PageArgs {
            first,
            after,
            last,
            before,
            offset,
        };
        let filtered = Filtered {
            list: "cityPrograms",
            filter,
            order_by,
            default: ProgramOrderField::Slug,
        };
        filtered
            .connection::<program::Entity, Program>(ctx, program::Column::CityId, self.0.id, page)
            .await
    }

    /// Figures about this city as a Relay connection, filtered, ordered and paged in SQL.
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
            list: "cityStatistics",
            filter,
            order_by,
            default: StatisticOrderField::Metric,
        };
        filtered
            .connection::<statistic::Entity, Statistic>(
                ctx,
                statistic::Column::CityId,
                self.0.id,
                page,
            )
            .await
    }

    /// The city's memberships of international networks and organizations.
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
        let all = load_many(ctx, MembershipsOfCity(self.0.id));
        let filtered = Filtered {
            list: "cityMemberships",
            filter,
            order_by,
            default: MembershipOrderField::JoinedYear,
        };
        let memberships = filtered
            .children::<membership::Entity, _>(ctx, membership::Column::CityId, self.0.id, all)
            .await?;
        held_on(memberships, as_of)
    }

    /// Offices of organizations located in this city.
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
        let all = load_many(ctx, OfficesInCity(self.0.id));
        let filtered = Filtered {
            list: "cityHostedOffices",
            filter,
            order_by,
            default: HostedOfficeOrderField::OpenedYear,
        };
        filtered
            .children::<hosted_office::Entity, _>(
                ctx,
                hosted_office::Column::CityId,
                self.0.id,
                all,
            )
            .await
    }

    /// Policies this city exported to (shared with) other cities.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn policy_exports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only exports matching this filter.")] filter: Option<
            Box<PolicyExportFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            PolicyExportOrder,
        >,
    ) -> Result<Vec<PolicyExport>> {
        let all = load_many(ctx, ExportsByCity(self.0.id));
        let filtered = Filtered {
            list: "cityPolicyExports",
            filter,
            order_by,
            default: PolicyExportOrderField::Slug,
        };
        filtered
            .children::<policy_export::Entity, _>(
                ctx,
                policy_export::Column::ExporterId,
                self.0.id,
                all,
            )
            .await
    }

    /// Policies other cities exported to this city.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn policy_imports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only exports matching this filter.")] filter: Option<
            Box<PolicyExportFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            PolicyExportOrder,
        >,
    ) -> Result<Vec<PolicyExport>> {
        let all = load_many(ctx, ExportsToCity(self.0.id));
        let filtered = Filtered {
            list: "cityPolicyImports",
            filter,
            order_by,
            default: PolicyExportOrderField::Slug,
        };
        filtered
            .children::<policy_export::Entity, _>(
                ctx,
                policy_export::Column::PartnerId,
                self.0.id,
                all,
            )
            .await
    }

    /// Events this city hosted.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn hosted_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only events matching this filter.")] filter: Option<Box<EventFilter>>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            EventOrder,
        >,
    ) -> Result<Vec<Event>> {
        let all = load_many(ctx, EventsHostedBy(self.0.id));
        let filtered = Filtered {
            list: "cityHostedEvents",
            filter,
            order_by,
            default: EventOrderField::Slug,
        };
        filtered
            .children::<event::Entity, _>(ctx, event::Column::HostId, self.0.id, all)
            .await
    }

    /// The city's programs and initiatives.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn programs(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only programs matching this filter.")] filter: Option<Box<ProgramFilter>>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            ProgramOrder,
        >,
    ) -> Result<Vec<Program>> {
        let all = load_many(ctx, ProgramsOfCity(self.0.id));
        let filtered = Filtered {
            list: "cityPrograms",
            filter,
            order_by,
            default: ProgramOrderField::Slug,
        };
        filtered
            .children::<program::Entity, _>(ctx, program::Column::CityId, self.0.id, all)
            .await
    }

    /// Programs of other cities in which this city is the partner.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn partner_programs(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only programs matching this filter.")] filter: Option<Box<ProgramFilter>>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            ProgramOrder,
        >,
    ) -> Result<Vec<Program>> {
        let all = load_many(ctx, ProgramsWithPartner(self.0.id));
        let filtered = Filtered {
            list: "cityPartnerPrograms",
            filter,
            order_by,
            default: ProgramOrderField::Slug,
        };
        filtered
            .children::<program::Entity, _>(ctx, program::Column::PartnerId, self.0.id, all)
            .await
    }

    /// Figures the sources state about this city.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn statistics(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only figures of this metric, e.g. `sister_city_count`.")] metric: Option<
            String,
        >,
        #[graphql(desc = "Only figures matching this filter.")] filter: Option<
            Box<StatisticFilter>,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            StatisticOrder,
        >,
    ) -> Result<Vec<Statistic>> {
        let all = load_many(ctx, StatisticsOfCity(self.0.id));
        let filtered = Filtered {
            list: "cityStatistics",
            filter,
            order_by,
            default: StatisticOrderField::Metric,
        };
        let statistics: Vec<Statistic> = filtered
            .children::<statistic::Entity, _>(ctx, statistic::Column::CityId, self.0.id, all)
            .await?;
        Ok(statistics
            .into_iter()
            .filter(|statistic| {
                metric
                    .as_ref()
                    .is_none_or(|metric| &statistic.0.metric == metric)
            })
            .collect())
    }

    /// The phases of the city's diplomacy.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn periods(&self, ctx: &Context<'_>) -> Result<Vec<Period>> {
        load_many(ctx, PeriodsOfCity(self.0.id)).await
    }

    /// Where the facts about this city come from.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn sources(&self, ctx: &Context<'_>) -> Result<Vec<Citation>> {
        citations(ctx, Cited::City, self.0.id).await
    }
}

impl City {
    /// A page of the city's agreements, seen from it, filtered and ordered in SQL.
    async fn agreement_page(
        &self,
        ctx: &Context<'_>,
        kind: Option<AgreementKind>,
        as_of: Option<Date>,
        filter: Option<Box<AgreementFilter>>,
        order_by: Vec<AgreementOrder>,
        page: PageArgs,
    ) -> Result<Page<Agreement>> {
        let list = "cityAgreements";
        let viewer = Some(nested::viewer());
        let mut matching = lists::matching(ctx, SEEN_AGREEMENTS, viewer.clone(), filter.as_ref())?;
        if let Some(kind) = kind {
            matching = matching.add(agreement::Column::Kind.eq(entity::AgreementKind::from(kind)));
        }
        if let Some(day) = &as_of {
            matching = matching.add(time::agreement_in_force(&day.0));
        }
        let ordering = lists::ordering(
            SEEN_AGREEMENTS,
            viewer,
            &order_by,
            AgreementOrderField::SignedOn,
        )?;
        let arguments = format!("{kind:?} {as_of:?} {filter:?} {order_by:?}");
        let request = page_request(ctx, list, arguments, matching, ordering, page)?;
        let key = AgreementPageOfCity {
            city: self.0.id,
            request: request.clone(),
        };
        let page = load(ctx, key).await?.unwrap_or_else(KeysetPage::empty);
        let mut page = connection::<_, Agreement>(list, &request.ordering, page);
        for edge in &mut page.edges {
            edge.node.see_from(self.0.id);
        }
        Ok(page)
    }
}
