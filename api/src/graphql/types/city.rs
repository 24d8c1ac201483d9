//! The `City` type: a city or region and everything it relates to.

use async_graphql::{Context, ID, Object, Result};
use entity::city;

use super::node::{NodeId, NodeKind};
use super::{
    Agreement, AgreementKind, Citation, CityKind, Country, Date, Event, HostedOffice, Membership,
    Period, PolicyExport, Program, Statistic, citations, held_on, load, load_many,
};
use crate::graphql::connection::{Page, PageArgs, connection};
use crate::graphql::loaders::*;
use crate::service::city_pages::agreement_keyset;
use crate::service::keyset::KeysetPage;

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
        NodeId::new(NodeKind::City, self.0.slug.clone()).into()
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
    ) -> Result<Vec<Agreement>> {
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

    /// The city's agreements as a Relay connection, paged in SQL, ordered by signature date
    /// (undated last); `partner` is the other side.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn agreements_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only agreements of this kind.")] kind: Option<AgreementKind>,
        #[graphql(desc = "Only agreements in force on this day.")] as_of: Option<Date>,
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
        let max_page_size = ctx.data_unchecked::<crate::graphql::Limits>().max_page_size;
        let window = PageArgs {
            first,
            after,
            last,
            before,
            offset,
        }
        .window("cityAgreements", max_page_size)?;
        let key = AgreementPageOfCity {
            city: self.0.id,
            kind: kind.map(Into::into),
            as_of: as_of.map(|day| day.0),
            window,
        };
        let page = load(ctx, key).await?.unwrap_or(KeysetPage {
            rows: Vec::new(),
            has_previous: false,
            has_next: false,
            total: 0,
        });
        let mut page = connection::<_, Agreement>("cityAgreements", page, agreement_keyset);
        for edge in &mut page.edges {
            edge.node.see_from(self.0.id);
        }
        Ok(page)
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
    ) -> Result<Vec<Membership>> {
        held_on(load_many(ctx, MembershipsOfCity(self.0.id)).await?, as_of)
    }

    /// Offices of organizations located in this city.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn hosted_offices(&self, ctx: &Context<'_>) -> Result<Vec<HostedOffice>> {
        load_many(ctx, OfficesInCity(self.0.id)).await
    }

    /// Policies this city exported to (shared with) other cities.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn policy_exports(&self, ctx: &Context<'_>) -> Result<Vec<PolicyExport>> {
        load_many(ctx, ExportsByCity(self.0.id)).await
    }

    /// Policies other cities exported to this city.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn policy_imports(&self, ctx: &Context<'_>) -> Result<Vec<PolicyExport>> {
        load_many(ctx, ExportsToCity(self.0.id)).await
    }

    /// Events this city hosted.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn hosted_events(&self, ctx: &Context<'_>) -> Result<Vec<Event>> {
        load_many(ctx, EventsHostedBy(self.0.id)).await
    }

    /// The city's programs and initiatives.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn programs(&self, ctx: &Context<'_>) -> Result<Vec<Program>> {
        load_many(ctx, ProgramsOfCity(self.0.id)).await
    }

    /// Programs of other cities in which this city is the partner.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn partner_programs(&self, ctx: &Context<'_>) -> Result<Vec<Program>> {
        load_many(ctx, ProgramsWithPartner(self.0.id)).await
    }

    /// Figures the sources state about this city.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn statistics(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only figures of this metric, e.g. `sister_city_count`.")] metric: Option<
            String,
        >,
    ) -> Result<Vec<Statistic>> {
        let statistics: Vec<Statistic> = load_many(ctx, StatisticsOfCity(self.0.id)).await?;
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
