//! A period of a city's history.

use serde::{Deserialize, Serialize};

use super::rules::{checks, cited, some_name};
use crate::dataset::validate::check_year;
use crate::dataset::{Citations, RecordKind};

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodRecord {
    pub city: String,
    pub name_en: Option<String>,
    pub name_ko: Option<String>,
    pub start_year: i32,
    pub end_year: Option<i32>,
    pub summary: Option<String>,
    pub sources: Citations,
}

impl RecordKind for PeriodRecord {
    carries_citations!();

    fn key(&self) -> String {
        format!("{} {}", self.city, self.start_year)
    }
    fn check(&self) -> Vec<String> {
        let mut problems = cited(&self.sources);
        problems.extend(some_name("name", &self.name_en, &self.name_ko));
        problems.extend(checks([
            check_year("start_year", self.start_year),
            self.end_year
                .map_or(Ok(()), |year| check_year("end_year", year)),
        ]));
        problems
    }
    row_mapping! {
        period { name_en, name_ko, start_year, end_year, summary }
        to_row(&self, refs) {
            city_id: refs.cities.id("city", &self.city)?,
        }
        from_row(model, refs) {
            city: refs.cities.key(model.city_id),
            sources: Vec::new(),
        }
    }
}

identified!(PeriodRecord: period "period" by row id);
