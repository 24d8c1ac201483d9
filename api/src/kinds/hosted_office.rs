//! An office an organization keeps in a city.

use entity::OfficeKind;
use sea_orm::ActiveEnum;
use serde::{Deserialize, Serialize};

use super::rules::{checks, cited};
use crate::dataset::validate::{check_optional_name, check_year};
use crate::dataset::{Citations, RecordKind};
use crate::service::editing::Editable;

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostedOfficeRecord {
    pub organization: String,
    pub city: String,
    pub kind: OfficeKind,
    pub name_en: Option<String>,
    pub name_ko: Option<String>,
    pub opened_year: Option<i32>,
    pub sources: Citations,
}

impl RecordKind for HostedOfficeRecord {
    carries_citations!();

    fn key(&self) -> String {
        format!(
            "{} {} {}",
            self.organization,
            self.city,
            self.kind.to_value()
        )
    }
    fn check(&self) -> Vec<String> {
        let mut problems = cited(&self.sources);
        problems.extend(checks([
            check_optional_name("name_en", self.name_en.as_ref()),
            check_optional_name("name_ko", self.name_ko.as_ref()),
            self.opened_year
                .map_or(Ok(()), |year| check_year("opened_year", year)),
        ]));
        problems
    }
    row_mapping! {
        hosted_office { kind, name_en, name_ko, opened_year }
        to_row(&self, refs) {
            organization_id: refs.organizations.id("organization", &self.organization)?,
            city_id: refs.cities.id("city", &self.city)?,
        }
        from_row(model, refs) {
            organization: refs.organizations.key(model.organization_id),
            city: refs.cities.key(model.city_id),
            sources: Vec::new(),
        }
    }
}

impl Editable for HostedOfficeRecord {
    const UNIQUE: &'static str = "organization, city and kind";
    fn cities(&self) -> Vec<String> {
        vec![self.city.clone()]
    }
}

identified!(HostedOfficeRecord: hosted_office "hosted office" by row id, edited);
