//! The `Path`, `PathStep` and `RelatedCity` types: how cities are connected.

use async_graphql::{Context, Object, Result, Union};

use super::{Agreement, City, Organization, load};
use crate::graphql::loaders::*;
use crate::service::graph::{Link, Overlap, Step};

/// What links two neighbouring cities of a path.
#[derive(Union)]
pub enum PathLink {
    Agreement(Agreement),
    Organization(Organization),
}

/// A chain of cities, each linked to the next by an agreement or a shared organization.
pub struct Path(pub Vec<Step>);

/// A chain of cities, each linked to the next by an agreement or a shared organization.
#[Object]
impl Path {
    /// How many steps the chain takes.
    async fn hops(&self) -> usize {
        self.0.len()
    }

    /// The steps, in order from the first city to the last.
    async fn steps(&self) -> Vec<PathStep> {
        self.0.iter().copied().map(PathStep).collect()
    }
}

/// One step of a path.
pub struct PathStep(Step);

/// One step of a path.
#[Object]
impl PathStep {
    /// The city the step starts from.
    async fn from(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        Ok(load(ctx, CityById(self.0.from)).await?.map(City::from))
    }

    /// The city the step leads to.
    async fn to(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        Ok(load(ctx, CityById(self.0.to)).await?.map(City::from))
    }

    /// What links them: an agreement between them, or an organization both belong to.
    async fn via(&self, ctx: &Context<'_>) -> Result<Option<PathLink>> {
        Ok(match self.0.link {
            Link::Agreement(id) => load(ctx, AgreementById(id))
                .await?
                .map(|model| PathLink::Agreement(Agreement::seen_from(model, self.0.from))),
            Link::Organization(id) => load(ctx, OrganizationById(id))
                .await?
                .map(|model| PathLink::Organization(model.into())),
        })
    }
}

/// A city that shares organizations or agreement partners with another.
pub struct RelatedCity(pub Overlap);

/// A city that shares organizations or agreement partners with another.
#[Object]
impl RelatedCity {
    /// The related city.
    async fn city(&self, ctx: &Context<'_>) -> Result<Option<City>> {
        Ok(load(ctx, CityById(self.0.city)).await?.map(City::from))
    }

    /// How much the two share: shared organizations plus shared partners.
    async fn score(&self) -> usize {
        self.0.score()
    }

    /// Organizations both cities belong to.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn shared_organizations(&self, ctx: &Context<'_>) -> Result<Vec<Organization>> {
        let ids = self.0.organizations.iter().copied();
        super::network::in_order(ctx, ids.map(OrganizationById).collect()).await
    }

    /// Cities both have an agreement with.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn shared_partners(&self, ctx: &Context<'_>) -> Result<Vec<City>> {
        super::network::cities_by_id(ctx, self.0.partners.iter().copied()).await
    }
}
