//! An organization: a city network, an international organization or another body.

use entity::{OrganizationKind, organization};
use serde::{Deserialize, Serialize};

use super::rules::{both_names, checks, cited};
use crate::dataset::validate::{check_optional_name, check_year};
use crate::dataset::{Citations, RecordKind};
use crate::service::editing::Editable;
use crate::service::search::{Document, Indexed, SearchKind, joined};

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationRecord {
    pub slug: String,
    /// The slug the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `slug`.
    pub first_key: Option<String>,
    pub acronym: Option<String>,
    pub name_en: String,
    pub name_ko: String,
    pub kind: OrganizationKind,
    pub founded_year: Option<i32>,
    pub headquarters: Option<String>,
    pub sources: Citations,
}

impl RecordKind for OrganizationRecord {
    carries_citations!();

    keeps_first_key!(slug);

    fn key(&self) -> String {
        self.slug.clone()
    }
    fn check(&self) -> Vec<String> {
        let [name_en, name_ko] = both_names(&self.name_en, &self.name_ko);
        let mut problems = cited(&self.sources);
        problems.extend(checks([
            name_en,
            name_ko,
            check_optional_name("acronym", self.acronym.as_ref()),
            self.founded_year
                .map_or(Ok(()), |year| check_year("founded_year", year)),
        ]));
        problems
    }
    row_mapping! {
        organization { slug, first_key, acronym, name_en, name_ko, kind, founded_year }
        to_row(&self, refs) {
            headquarters_id: refs.cities.optional_id("headquarters city", self.headquarters.as_ref())?,
        }
        from_row(model, refs) {
            headquarters: refs.cities.optional_key(model.headquarters_id),
            sources: Vec::new(),
        }
    }
}

impl Editable for OrganizationRecord {
    const UNIQUE: &'static str = "slug or acronym";
    fn cities(&self) -> Vec<String> {
        self.headquarters.iter().cloned().collect()
    }
    fn document(model: &organization::Model) -> Option<Document> {
        Some(model.document())
    }
}

impl Indexed for organization::Model {
    fn document(&self) -> Document {
        let text = joined(&[
            Some(&self.name_en),
            Some(&self.name_ko),
            self.acronym.as_deref(),
        ]);
        (SearchKind::Organization, self.slug.clone(), text)
    }
}

identified!(OrganizationRecord: organization "organization" by first Slug, edited);
