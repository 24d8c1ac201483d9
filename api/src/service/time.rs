//! What was in force on a given day. Dates in the model may be known only to the year or month
//! (`1988`, `1991-07`); a partial date is compared with the same prefix of the day asked about,
//! so an agreement signed "1988" is in force on 1988-05-01, and one that ended "2010" is still in
//! force on 2010-03-01. Facts whose start is unknown cannot be placed in time and are left out.

use entity::{agreement, event, membership, policy_export};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};

use crate::db::Db;
use crate::error::AppResult;

/// Agreements signed on or before `day` and not ended before it.
pub fn agreement_in_force(day: &str) -> Condition {
    // `day` cut to the precision of the stored date: substr(day, 1, length(column)).
    let day_as_precise_as = |column: agreement::Column| {
        Func::cust("substr")
            .arg(Expr::val(day))
            .arg(1)
            .arg(Func::char_length(Expr::col(column)))
    };
    Condition::all()
        .add(agreement::Column::SignedOn.is_not_null())
        .add(
            Expr::col(agreement::Column::SignedOn)
                .lte(day_as_precise_as(agreement::Column::SignedOn)),
        )
        .add(
            Condition::any()
                .add(agreement::Column::EndedOn.is_null())
                .add(
                    Expr::col(agreement::Column::EndedOn)
                        .gte(day_as_precise_as(agreement::Column::EndedOn)),
                ),
        )
}

/// Whether a membership held on `day`: joined in or before its year, not left before it.
pub fn membership_in_force(membership: &membership::Model, day: &str) -> bool {
    let Some(year) = day.get(..4).and_then(|year| year.parse::<i32>().ok()) else {
        return false;
    };
    membership.joined_year.is_some_and(|joined| joined <= year)
        && membership.left_year.is_none_or(|left| left >= year)
}

/// What happened on a city's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Happening {
    AgreementSigned,
    AgreementEnded,
    MembershipJoined,
    MembershipLeft,
    EventHosted,
    PolicyExported,
    PolicyReceived,
}

/// The record a timeline entry is about.
#[derive(Debug, Clone)]
pub enum Dated {
    Agreement(agreement::Model),
    Membership(membership::Model),
    Event(event::Model),
    PolicyExport(policy_export::Model),
}

/// One dated fact: when (as precise as known), what, and the record.
#[derive(Debug, Clone)]
pub struct TimelineEntry {
    pub date: String,
    pub happening: Happening,
    pub record: Dated,
}

/// A city's dated facts in order: agreements signed and ended, memberships joined and left,
/// events hosted, policies exported and received. Undated facts are left out.
pub async fn timeline(db: &Db, city: i32) -> AppResult<Vec<TimelineEntry>> {
    let mut entries = Vec::new();
    let mut add = |date: Option<String>, happening, record: &Dated| {
        if let Some(date) = date {
            entries.push(TimelineEntry {
                date,
                happening,
                record: record.clone(),
            });
        }
    };
    let agreements = agreement::Entity::find()
        .filter(
            Condition::any()
                .add(agreement::Column::PartyAId.eq(city))
                .add(agreement::Column::PartyBId.eq(city)),
        )
        .all(db)
        .await?;
    for model in agreements {
        let (signed, ended) = (model.signed_on.clone(), model.ended_on.clone());
        let record = Dated::Agreement(model);
        add(signed, Happening::AgreementSigned, &record);
        add(ended, Happening::AgreementEnded, &record);
    }
    for model in membership::Entity::find()
        .filter(membership::Column::CityId.eq(city))
        .all(db)
        .await?
    {
        let (joined, left) = (model.joined_year, model.left_year);
        let record = Dated::Membership(model);
        add(
            joined.map(|year| year.to_string()),
            Happening::MembershipJoined,
            &record,
        );
        add(
            left.map(|year| year.to_string()),
            Happening::MembershipLeft,
            &record,
        );
    }
    for model in event::Entity::find()
        .filter(event::Column::HostId.eq(city))
        .all(db)
        .await?
    {
        let start = model.starts_on.clone();
        add(start, Happening::EventHosted, &Dated::Event(model));
    }
    let exports = policy_export::Entity::find()
        .filter(
            Condition::any()
                .add(policy_export::Column::ExporterId.eq(city))
                .add(policy_export::Column::PartnerId.eq(city)),
        )
        .all(db)
        .await?;
    for model in exports {
        let happening = if model.exporter_id == city {
            Happening::PolicyExported
        } else {
            Happening::PolicyReceived
        };
        let year = model.year.map(|year| year.to_string());
        add(year, happening, &Dated::PolicyExport(model));
    }
    // Partial dates sort correctly as text: "1988" < "1988-07" < "1988-07-01" < "1989".
    entries.sort_by(|a, b| a.date.cmp(&b.date).then(a.happening.cmp(&b.happening)));
    Ok(entries)
}
