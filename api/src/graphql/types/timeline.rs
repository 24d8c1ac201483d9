//! The `TimelineEntry` type: one dated fact of a city's diplomacy.

use async_graphql::{Enum, Object, Union};

use super::{Agreement, Event, Membership, PolicyExport};
use crate::service::time::{Dated, TimelineEntry as Entry};

/// What happened.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::service::time::Happening")]
pub enum TimelineKind {
    /// An agreement was signed.
    AgreementSigned,
    /// An agreement ended.
    AgreementEnded,
    /// The city joined an organization.
    MembershipJoined,
    /// The city left an organization.
    MembershipLeft,
    /// The city hosted an event.
    EventHosted,
    /// The city exported a policy.
    PolicyExported,
    /// The city received an exported policy.
    PolicyReceived,
}

/// The record a timeline entry is about.
#[derive(Union)]
pub enum TimelineRecord {
    Agreement(Agreement),
    Membership(Membership),
    Event(Event),
    PolicyExport(PolicyExport),
}

/// One dated fact of a city's diplomacy.
pub struct TimelineEntry {
    entry: Entry,
    city: i32,
}

impl TimelineEntry {
    pub fn new(entry: Entry, city: i32) -> Self {
        Self { entry, city }
    }
}

/// One dated fact of a city's diplomacy.
#[Object]
impl TimelineEntry {
    /// When, as precise as the sources give it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    async fn date(&self) -> &str {
        &self.entry.date
    }

    /// The year.
    async fn year(&self) -> Option<i32> {
        self.entry.date.get(..4).and_then(|year| year.parse().ok())
    }

    /// What happened.
    async fn kind(&self) -> TimelineKind {
        self.entry.happening.into()
    }

    /// The record it happened to; agreements are seen from the city, so `partner` is the other side.
    async fn record(&self) -> TimelineRecord {
        match self.entry.record.clone() {
            Dated::Agreement(model) => {
                TimelineRecord::Agreement(Agreement::seen_from(model, self.city))
            }
            Dated::Membership(model) => TimelineRecord::Membership(model.into()),
            Dated::Event(model) => TimelineRecord::Event(model.into()),
            Dated::PolicyExport(model) => TimelineRecord::PolicyExport(model.into()),
        }
    }
}
