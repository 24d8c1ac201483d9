//! The `City` type: a city or region and everything it relates to.

use std::sync::Arc;

use async_graphql::{Context, Object, Pos, Result};
use entity::city;
use paradiplo_macros::{node_fields, paged, relation_fields, row_fields};
use sea_orm::Condition;

use super::{
    Agreement, AgreementKind, Centrality, Citation, CityKind, Component, Country, Date, Event,
    HostedOffice, Membership, Period, PolicyExport, Program, Statistic, citations,
    connection_parts, held_on, largest_page, load, load_many, page_request, relation_list,
    snapshot_with,
};
use crate::error::AppResult;
use crate::graphql::connection::{Page, PageArgs, connection};
use crate::graphql::lists::{
    self, AgreementFilter, AgreementOrder, AgreementOrderField, CityHostedEvents,
    CityHostedOffices, CityMemberships, CityPartnerPrograms, CityPolicyExports, CityPolicyImports,
    CityPrograms, CityStatistics, MembershipFilter, MembershipOrder, StatisticFilter,
    StatisticOrder,
};
use crate::graphql::loaders::*;
use crate::graphql::rows::{Rows, relations};
use crate::service::diplomacy::AgreementArgs;
use crate::service::keyset::{KeysetPage, Ordering, Parts};
use crate::service::nested::{self, SEEN_AGREEMENTS};

/// A city or region: an actor of city diplomacy.
pub struct City(pub city::Model);

impl From<city::Model> for City {
    fn from(model: city::Model) -> Self {
        Self(model)
    }
}

relations!(City {
    "country" => one Country: by |city| Some(CountryById(city.0.country_id));
    "agreements" => many Agreement: by |city| AgreementsOfCity { city: city.0.id, args: AgreementArgs::default() },
        |city, row| Agreement::seen_from(row, city.0.id);
    "memberships" => many Membership: by |city| Children { id: city.0.id, relation: CityMemberships };
    "hostedOffices" => many HostedOffice: by |city| Children { id: city.0.id, relation: CityHostedOffices };
    "policyExports" => many PolicyExport: by |city| Children { id: city.0.id, relation: CityPolicyExports };
    "policyImports" => many PolicyExport: by |city| Children { id: city.0.id, relation: CityPolicyImports };
    "hostedEvents" => many Event: by |city| Children { id: city.0.id, relation: CityHostedEvents };
    "programs" => many Program: by |city| Children { id: city.0.id, relation: CityPrograms };
    "partnerPrograms" => many Program: by |city| Children { id: city.0.id, relation: CityPartnerPrograms };
    "agreementsConnection" => total Agreement: by
        |city, request| ChildPage { parent: SeenAgreements, id: city.0.id, request: request.clone() },
        City::counted_agreements;
});

/// A city or region: an actor of city diplomacy.
#[node_fields(audited)]
#[row_fields]
#[relation_fields(
    CityMemberships -> Membership, filter "Only memberships matching this filter.",
        connection memberships_connection "The city's memberships as a Relay connection, filtered, ordered and paged in SQL (by joining year unless `orderBy` says otherwise).";
    CityHostedOffices -> HostedOffice, filter "Only offices matching this filter.",
        list hosted_offices "Offices of organizations located in this city.",
        connection hosted_offices_connection "The offices in this city as a Relay connection, filtered, ordered and paged in SQL.";
    CityPolicyExports -> PolicyExport, filter "Only exports matching this filter.",
        list policy_exports "Policies this city exported to (shared with) other cities.",
        connection policy_exports_connection "The policies this city exported, as a Relay connection, filtered, ordered and paged in SQL.";
    CityPolicyImports -> PolicyExport, filter "Only exports matching this filter.",
        list policy_imports "Policies other cities exported to this city.",
        connection policy_imports_connection "The policies other cities exported to this city, as a Relay connection, filtered, ordered and paged in SQL.";
    CityHostedEvents -> Event, filter "Only events matching this filter.",
        list hosted_events "Events this city hosted.",
        connection hosted_events_connection "The events this city hosted, as a Relay connection, filtered, ordered and paged in SQL.";
    CityPrograms -> Program, filter "Only programs matching this filter.",
        list programs "The city's programs and initiatives.",
        connection programs_connection "The city's programs as a Relay connection, filtered, ordered and paged in SQL.";
    CityPartnerPrograms -> Program, filter "Only programs matching this filter.",
        list partner_programs "Programs of other cities in which this city is the partner.";
    CityStatistics -> Statistic, filter "Only figures matching this filter.",
        connection statistics_connection "Figures about this city as a Relay connection, filtered, ordered and paged in SQL."
)]
#[paged]
#[Object]
impl City {
    /// Stable identifier in URLs and queries, such as `seoul` or `sao-paulo`.
    async fn slug(&self) -> &str {
        &self.0.slug
    }

    /// Name in English.
    async fn name_en(&self) -> &str {
        &self.0.name_en
    }

    /// Name in Korean; null where no source gives one (most cities of the world data).
    async fn name_ko(&self) -> Option<&str> {
        self.0.name_ko.as_deref()
    }

    /// The city's Wikidata item, such as `Q8684` for Seoul; null where none is known.
    async fn wikidata_id(&self) -> Option<&str> {
        self.0.wikidata_id.as_deref()
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

    /// The city's place in the network of agreements: its degree and betweenness, and its
    /// ranks among all cities.
    async fn centrality(&self, ctx: &Context<'_>) -> Result<Centrality> {
        let snapshot = snapshot_with(ctx, self.0.id).await?;
        let vertex = snapshot.known(self.0.id)?;
        Ok(Centrality { snapshot, vertex })
    }

    /// The connected component of the network of agreements the city lies in.
    async fn component(&self, ctx: &Context<'_>) -> Result<Component> {
        let snapshot = snapshot_with(ctx, self.0.id).await?;
        let label = snapshot.components.label(snapshot.known(self.0.id)?);
        Ok(Component { snapshot, label })
    }

    /// The great-circle distance in kilometres from the city to a point; null when the city's
    /// coordinates are unknown.
    async fn distance_km(
        &self,
        #[graphql(desc = "The point's latitude in decimal degrees, -90 to 90.")] latitude: f64,
        #[graphql(desc = "The point's longitude in decimal degrees, -180 to 180.")] longitude: f64,
    ) -> Result<Option<f64>> {
        let point = crate::service::network::check_point(latitude, longitude)?;
        Ok(self
            .0
            .latitude
            .zip(self.0.longitude)
            .map(|city| ::network::distance_km(city, point)))
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
    ) -> Result<Rows<Agreement>> {
        if filter.is_some() || !order_by.is_empty() {
            let page = largest_page(ctx);
            let page = self
                .agreement_page(ctx, kind, as_of, filter, order_by, page, Parts::ROWS)
                .await?;
            return Ok(page.edges.into_iter().map(|edge| edge.node).collect());
        }
        let key = AgreementsOfCity {
            city: self.0.id,
            args: agreement_args(kind, as_of),
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
        page: PageArgs,
    ) -> Result<Page<Agreement>> {
        let parts = connection_parts(ctx);
        self.agreement_page(ctx, kind, as_of, filter, order_by, page, parts)
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
    ) -> Result<Rows<Membership>> {
        let memberships = relation_list::<CityMemberships, _>(ctx, self.0.id, filter, order_by);
        held_on(memberships.await?, as_of).map(Rows::from)
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
        let statistics =
            relation_list::<CityStatistics, Statistic>(ctx, self.0.id, filter, order_by);
        Ok(statistics
            .await?
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
        parts: Parts,
    ) -> Result<Page<Agreement>> {
        let request = page_request(ctx, AGREEMENTS, page, parts, || {
            let viewer = Some(nested::viewer());
            let matching = lists::matching(ctx, SEEN_AGREEMENTS, viewer, filter.as_ref())?;
            Ok(seen_agreements(matching, kind, as_of, &order_by)?)
        })?;
        let key = ChildPage {
            parent: SeenAgreements,
            id: self.0.id,
            request: request.clone(),
        };
        let page = load(ctx, key).await?.unwrap_or_else(KeysetPage::empty);
        let mut page = connection::<_, Agreement>(AGREEMENTS, &request.query.ordering, page);
        for edge in &mut page.edges {
            edge.node.see_from(self.0.id);
        }
        Ok(page)
    }

    /// The request of the agreements connection given paging arguments alone on the field at
    /// `field` and asked only for its total; `None` where the paging is refused.
    fn counted_agreements(
        field: Pos,
        page: PageArgs,
        max_page_size: u32,
    ) -> Option<Arc<PageRequest>> {
        let compiled = seen_agreements(Condition::all(), None, None, &[]).ok()?;
        PageRequest::new(
            field,
            AGREEMENTS,
            compiled,
            page,
            Parts::TOTAL,
            max_page_size,
        )
        .ok()
    }
}

/// The list name of a city's agreements connection, which its cursors carry.
const AGREEMENTS: &str = "cityAgreements";

/// The agreements of a city, seen from it: those `matching` keeps (the filter's condition)
/// that the simple arguments select, in `order_by` (by signature date unless it says otherwise).
fn seen_agreements(
    matching: Condition,
    kind: Option<AgreementKind>,
    as_of: Option<Date>,
    order_by: &[AgreementOrder],
) -> AppResult<(Condition, Ordering)> {
    let matching = agreement_args(kind, as_of).narrow(matching, None);
    let viewer = Some(nested::viewer());
    let ordering = lists::ordering(
        SEEN_AGREEMENTS,
        viewer,
        order_by,
        AgreementOrderField::SignedOn,
    )?;
    Ok((matching, ordering))
}

/// The simple arguments of a city's agreements: the city is the party.
fn agreement_args(kind: Option<AgreementKind>, as_of: Option<Date>) -> AgreementArgs {
    AgreementArgs {
        kind: kind.map(Into::into),
        status: None,
        as_of: as_of.map(|day| day.0),
    }
}
