//! A program a city runs, alone or with a partner city.

use entity::ProgramKind;
use serde::{Deserialize, Serialize};

use super::rules::{checks, cited, some_name};
use crate::dataset::validate::{KeyShape, check_key, check_year};
use crate::dataset::{Citations, RecordKind};

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramRecord {
    pub slug: String,
    pub city: String,
    pub partner: Option<String>,
    pub name_en: Option<String>,
    pub name_ko: Option<String>,
    pub kind: ProgramKind,
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
    pub summary: Option<String>,
    pub sources: Citations,
}

impl RecordKind for ProgramRecord {
    carries_citations!();

    fn key(&self) -> String {
        self.slug.clone()
    }
    fn check(&self) -> Vec<String> {
        let mut problems = cited(&self.sources);
        problems.extend(some_name("name", &self.name_en, &self.name_ko));
        problems.extend(checks([
            check_key(KeyShape::Slug, "slug", &self.slug),
            self.start_year
                .map_or(Ok(()), |year| check_year("start_year", year)),
            self.end_year
                .map_or(Ok(()), |year| check_year("end_year", year)),
        ]));
        problems
    }
    row_mapping! {
        program { slug, name_en, name_ko, kind, start_year, end_year, summary }
        to_row(&self, refs) {
            city_id: refs.cities.id("city", &self.city)?,
            partner_id: refs.cities.optional_id("partner city", self.partner.as_ref())?,
        }
        from_row(model, refs) {
            city: refs.cities.key(model.city_id),
            partner: refs.cities.optional_key(model.partner_id),
            sources: Vec::new(),
        }
    }
}

identified!(ProgramRecord: program "program" by Slug);
