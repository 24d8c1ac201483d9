//! Agreements, organizations and memberships.

use entity::{AgreementKind, AgreementStatus, OrganizationKind, agreement, organization};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter};

use super::{Page, page};
use crate::error::{AppError, AppResult};

pub async fn agreements(
    db: &DatabaseConnection,
    kind: Option<AgreementKind>,
    status: Option<AgreementStatus>,
    city: Option<i32>,
    as_of: Option<&str>,
    paging: Page,
) -> AppResult<Vec<agreement::Model>> {
    let mut query = agreement::Entity::find();
    if let Some(day) = as_of {
        query = query.filter(super::time::agreement_in_force(day));
    }
    if let Some(kind) = kind {
        query = query.filter(agreement::Column::Kind.eq(kind));
    }
    if let Some(status) = status {
        query = query.filter(agreement::Column::Status.eq(status));
    }
    if let Some(city) = city {
        query = query.filter(
            Condition::any()
                .add(agreement::Column::PartyAId.eq(city))
                .add(agreement::Column::PartyBId.eq(city)),
        );
    }
    page(
        db,
        query,
        agreement::Column::SignedOn,
        agreement::Column::Id,
        paging,
    )
    .await
}

/// An organization by its acronym (case-insensitive) or its slug.
pub async fn organization(
    db: &DatabaseConnection,
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

pub async fn organizations(
    db: &DatabaseConnection,
    kind: Option<OrganizationKind>,
    paging: Page,
) -> AppResult<Vec<organization::Model>> {
    let mut query = organization::Entity::find();
    if let Some(kind) = kind {
        query = query.filter(organization::Column::Kind.eq(kind));
    }
    page(
        db,
        query,
        organization::Column::Slug,
        organization::Column::Id,
        paging,
    )
    .await
}
