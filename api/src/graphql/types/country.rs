//! The `Country` and `CountryGroup` types.

use async_graphql::{Context, ID, Object, Result};
use entity::{country, country_group};
use paradiplo_macros::{node_fields, relation_fields, row_fields};

use super::node::{NodeId, NodeKind};
use super::{City, Continent, load_many};
use crate::graphql::lists::CountryCities;
use crate::graphql::loaders::*;
use crate::graphql::rows::relations;

/// A country, identified by its ISO 3166-1 alpha-2 code.
pub struct Country(pub country::Model);

impl From<country::Model> for Country {
    fn from(model: country::Model) -> Self {
        Self(model)
    }
}

relations!(Country {
    "cities" => many City: by |country| Children { id: country.0.id, relation: CountryCities };
});

/// A country, identified by its ISO 3166-1 alpha-2 code.
#[node_fields(audited)]
#[row_fields]
#[relation_fields(
    CountryCities -> City, filter "Only cities matching this filter.",
        list cities "Cities of the country known to Paradiplo.",
        connection cities_connection "The country's cities as a Relay connection, filtered, ordered and paged in SQL."
)]
#[Object]
impl Country {
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
