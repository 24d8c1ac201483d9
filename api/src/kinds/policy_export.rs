//! A policy export: a policy one city shares with another.

use entity::{DeliveryMode, PolicySector, policy_export};
use serde::{Deserialize, Serialize};

use super::rules::{checks, cited, some_name};
use crate::dataset::validate::check_year;
use crate::dataset::{Citations, RecordKind};
use crate::service::editing::Editable;
use crate::service::search::{Document, Indexed, SearchKind, joined};

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyExportRecord {
    pub slug: String,
    /// The slug the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `slug`.
    pub first_key: Option<String>,
    pub exporter: String,
    pub partner: Option<String>,
    pub title_en: Option<String>,
    pub title_ko: Option<String>,
    pub sector: PolicySector,
    pub subsector: Option<String>,
    pub mode: Option<DeliveryMode>,
    pub year: Option<i32>,
    pub budget_krw: Option<i64>,
    pub exporter_share_krw: Option<i64>,
    pub note: Option<String>,
    pub sources: Citations,
}

impl RecordKind for PolicyExportRecord {
    carries_citations!();

    keeps_first_key!(slug);

    fn key(&self) -> String {
        self.slug.clone()
    }
    fn check(&self) -> Vec<String> {
        let mut problems = cited(&self.sources);
        problems.extend(some_name("title", &self.title_en, &self.title_ko));
        problems.extend(checks([self
            .year
            .map_or(Ok(()), |year| check_year("year", year))]));
        if self.budget_krw.is_some_and(|krw| krw < 0)
            || self.exporter_share_krw.is_some_and(|krw| krw < 0)
        {
            problems.push("amounts of money cannot be negative".into());
        }
        problems
    }
    row_mapping! {
        policy_export { slug, first_key, title_en, title_ko, sector, subsector, mode, year, budget_krw, exporter_share_krw, note }
        to_row(&self, refs) {
            exporter_id: refs.cities.id("city", &self.exporter)?,
            partner_id: refs.cities.optional_id("city", self.partner.as_ref())?,
        }
        from_row(model, refs) {
            exporter: refs.cities.key(model.exporter_id),
            partner: refs.cities.optional_key(model.partner_id),
            sources: Vec::new(),
        }
    }
}

impl Editable for PolicyExportRecord {
    const UNIQUE: &'static str = "slug";
    fn cities(&self) -> Vec<String> {
        std::iter::once(self.exporter.clone())
            .chain(self.partner.clone())
            .collect()
    }
    fn document(model: &policy_export::Model) -> Option<Document> {
        Some(model.document())
    }
}

impl Indexed for policy_export::Model {
    fn document(&self) -> Document {
        let text = joined(&[
            self.title_en.as_deref(),
            self.title_ko.as_deref(),
            self.subsector.as_deref(),
        ]);
        (SearchKind::PolicyExport, self.slug.clone(), text)
    }
}

identified!(PolicyExportRecord: policy_export "policy export" by first Slug, edited);
