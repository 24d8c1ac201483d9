//! An event, hosted by a city or organized by an organization.

use entity::{EventKind, event};
use serde::{Deserialize, Serialize};

use super::rules::{checks, cited, some_name};
use crate::dataset::validate::check_partial_date;
use crate::dataset::{Citations, RecordKind};
use crate::service::editing::Editable;
use crate::service::search::{Document, Indexed, SearchKind, joined};

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRecord {
    pub slug: String,
    /// The slug the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `slug`.
    pub first_key: Option<String>,
    pub name_en: Option<String>,
    pub name_ko: Option<String>,
    pub kind: EventKind,
    pub host: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub organizer: Option<String>,
    pub note: Option<String>,
    pub sources: Citations,
}

impl RecordKind for EventRecord {
    carries_citations!();

    keeps_first_key!(slug);

    fn key(&self) -> String {
        self.slug.clone()
    }
    fn check(&self) -> Vec<String> {
        let mut problems = cited(&self.sources);
        problems.extend(some_name("name", &self.name_en, &self.name_ko));
        problems.extend(checks([
            self.start
                .as_deref()
                .map_or(Ok(()), |date| check_partial_date("start", date)),
            self.end
                .as_deref()
                .map_or(Ok(()), |date| check_partial_date("end", date)),
        ]));
        problems
    }
    row_mapping! {
        event { slug, first_key, name_en, name_ko, kind, note }
        to_row(&self, refs) {
            host_id: refs.cities.optional_id("host city", self.host.as_ref())?,
            starts_on: self.start.clone(),
            ends_on: self.end.clone(),
            organizer_id: refs.organizations.optional_id("organizer", self.organizer.as_ref())?,
        }
        from_row(model, refs) {
            host: refs.cities.optional_key(model.host_id),
            start: model.starts_on.clone(),
            end: model.ends_on.clone(),
            organizer: refs.organizations.optional_key(model.organizer_id),
            sources: Vec::new(),
        }
    }
}

impl Editable for EventRecord {
    const UNIQUE: &'static str = "slug";
    fn cities(&self) -> Vec<String> {
        self.host.iter().cloned().collect()
    }
    fn document(model: &event::Model) -> Option<Document> {
        Some(model.document())
    }
}

impl Indexed for event::Model {
    fn document(&self) -> Document {
        let text = joined(&[self.name_en.as_deref(), self.name_ko.as_deref()]);
        (SearchKind::Event, self.slug.clone(), text)
    }
}

identified!(EventRecord: event "event" by first Slug, edited);
