//! The `Country` and `CountryGroup` types.

use async_graphql::{Context, ID, Object, Result};
use entity::{city, country, country_group};

use super::node::{NodeId, NodeKind};
use super::{City, Continent, Filtered, load_many};
use crate::graphql::connection::{Page, PageArgs};
use crate::graphql::lists::{CityFilter, CityOrder, CityOrderField};
use crate::graphql::loaders::*;

/// A country, identified by its ISO 3166-1 alpha-2 code.
pub struct Country(pub country::Model);

impl From<country::Model> for Country {
    fn from(model: country::Model) -> Self {
        Self(model)
    }
}

/// A country, identified by its ISO 3166-1 alpha-2 code.
#[Object]
impl Country {
    /// Globally unique, opaque and stable identifier; `node(id:)` finds the record by it.
    pub async fn id(&self) -> ID {
        NodeId::first(NodeKind::Country, self.0.first_key.as_ref(), &self.0.code).into()
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

    /// ISO 3166-1 alpha-2 code, such as `KR`.
    async fn code(&self) -> &str {
        &self.0.code
    }

    /// Name in English.
    async fn name_en(&self) -> &str {
        &self.0.name_en
    }

    /// Name in Korean.
    async fn name_ko(&self) -> &str {
        &self.0.name_ko
    }

    /// The continent the country is on.
    async fn continent(&self) -> Continent {
        self.0.continent.into()
    }

    /// Groupings the country belongs to, such as ASEAN or CIS.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn groups(&self, ctx: &Context<'_>) -> Result<Vec<CountryGroup>> {
        load_many(ctx, GroupsOfCountry(self.0.id)).await
    }

    /// Cities of the country known to Paradiplo.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn cities(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only cities matching this filter.")] filter: Option<Box<CityFilter>>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            CityOrder,
        >,
    ) -> Result<Vec<City>> {
        let all = load_many(ctx, CitiesOfCountry(self.0.id));
        let filtered = Filtered {
            list: "countryCities",
            filter,
            order_by,
            default: CityOrderField::Slug,
        };
        filtered
            .children::<city::Entity, _>(ctx, city::Column::CountryId, self.0.id, all)
            .await
    }

    /// The country's cities as a Relay connection, filtered, ordered and paged in SQL.
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    async fn cities_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only cities matching this filter.")] filter: Option<Box<CityFilter>>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            CityOrder,
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
    ) -> Result<Page<City>> {
        let page = PageArgs {
            first,
            after,
            last,
            before,
            offset,
        };
        let filtered = Filtered {
            list: "countryCities",
            filter,
            order_by,
            default: CityOrderField::Slug,
        };
        filtered
            .connection::<city::Entity, City>(ctx, city::Column::CountryId, self.0.id, page)
            .await
    }
}

/// A grouping of countries, such as ASEAN or CIS.
pub struct CountryGroup(pub country_group::Model);

impl From<country_group::Model> for CountryGroup {
    fn from(model: country_group::Model) -> Self {
        Self(model)
    }
}

/// A grouping of countries, such as ASEAN or CIS.
#[Object]
impl CountryGroup {
    /// Globally unique, opaque and stable identifier; `node(id:)` finds the record by it.
    pub async fn id(&self) -> ID {
        NodeId::new(NodeKind::CountryGroup, self.0.code.clone()).into()
    }

    /// Short code, such as `ASEAN`.
    async fn code(&self) -> &str {
        &self.0.code
    }

    /// Name in English.
    async fn name_en(&self) -> &str {
        &self.0.name_en
    }

    /// Name in Korean.
    async fn name_ko(&self) -> &str {
        &self.0.name_ko
    }

    /// The member countries.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn countries(&self, ctx: &Context<'_>) -> Result<Vec<Country>> {
        load_many(ctx, CountriesOfGroup(self.0.id)).await
    }
}
