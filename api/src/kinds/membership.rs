//! A city's membership in an organization.

use entity::MembershipRole;
use sea_orm::ActiveEnum;
use serde::{Deserialize, Serialize};

use super::rules::{checks, cited};
use crate::dataset::validate::check_year;
use crate::dataset::{Citations, RecordKind};
use crate::service::editing::Editable;

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembershipRecord {
    pub city: String,
    pub organization: String,
    pub role: MembershipRole,
    pub joined_year: Option<i32>,
    pub left_year: Option<i32>,
    pub note: Option<String>,
    pub sources: Citations,
}

impl RecordKind for MembershipRecord {
    carries_citations!();

    fn key(&self) -> String {
        format!(
            "{} {} {}",
            self.city,
            self.organization,
            self.role.to_value()
        )
    }
    fn check(&self) -> Vec<String> {
        let mut problems = cited(&self.sources);
        problems.extend(checks([
            self.joined_year
                .map_or(Ok(()), |year| check_year("joined_year", year)),
            self.left_year
                .map_or(Ok(()), |year| check_year("left_year", year)),
        ]));
        if let (Some(joined), Some(left)) = (self.joined_year, self.left_year)
            && left < joined
        {
            problems.push(format!(
                "`left_year` ({left}) is before `joined_year` ({joined})"
            ));
        }
        problems
    }
    row_mapping! {
        membership { role, joined_year, left_year, note }
        to_row(&self, refs) {
            city_id: refs.cities.id("city", &self.city)?,
            organization_id: refs.organizations.id("organization", &self.organization)?,
        }
        from_row(model, refs) {
            city: refs.cities.key(model.city_id),
            organization: refs.organizations.key(model.organization_id),
            sources: Vec::new(),
        }
    }
}

impl Editable for MembershipRecord {
    const UNIQUE: &'static str = "city, organization and role";
    fn cities(&self) -> Vec<String> {
        vec![self.city.clone()]
    }
}

identified!(MembershipRecord: membership "membership" by row id, edited);
