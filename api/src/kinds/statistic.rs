//! A statistic about a city or an organization.

use serde::{Deserialize, Serialize};

use super::rules::{checks, cited, number};
use crate::dataset::validate::{KeyShape, check_key, check_name, check_partial_date};
use crate::dataset::{Citations, RecordKind};
use crate::service::editing::Editable;

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatisticRecord {
    pub metric: String,
    pub city: Option<String>,
    pub organization: Option<String>,
    pub dimension: Option<String>,
    /// Kept as written (integers stay integers) so that export reproduces the file.
    pub value: serde_json::Number,
    pub unit: String,
    pub as_of: Option<String>,
    pub note: Option<String>,
    pub sources: Citations,
}

impl RecordKind for StatisticRecord {
    carries_citations!();

    fn key(&self) -> String {
        let subject = match (&self.city, &self.organization) {
            (Some(city), _) => format!("city:{city}"),
            (None, Some(organization)) => format!("organization:{organization}"),
            (None, None) => String::new(),
        };
        let dimension = self.dimension.as_deref().unwrap_or("");
        let as_of = self.as_of.as_deref().unwrap_or("");
        format!("{} {subject} {dimension} {as_of}", self.metric)
    }
    fn check(&self) -> Vec<String> {
        let mut problems = cited(&self.sources);
        problems.extend(checks([
            check_key(KeyShape::Metric, "metric", &self.metric),
            check_name("unit", &self.unit),
        ]));
        if self.city.is_some() == self.organization.is_some() {
            problems.push(
                "a statistic is about exactly one subject: give `city` or `organization`".into(),
            );
        }
        if self.value.as_f64().is_none_or(|value| !value.is_finite()) {
            problems.push("`value` must be a finite number".into());
        }
        problems.extend(checks([self
            .as_of
            .as_deref()
            .map_or(Ok(()), |date| check_partial_date("as_of", date))]));
        problems
    }
    row_mapping! {
        statistic { metric, dimension, unit, as_of, note }
        to_row(&self, refs) {
            city_id: refs.cities.optional_id("city", self.city.as_ref())?,
            organization_id: refs.organizations.optional_id("organization", self.organization.as_ref())?,
            value: self.value.as_f64().unwrap_or_default(),
        }
        from_row(model, refs) {
            city: refs.cities.optional_key(model.city_id),
            organization: refs.organizations.optional_key(model.organization_id),
            value: number(model.value),
            sources: Vec::new(),
        }
    }
    fn normalize(&mut self) {
        if let Some(value) = self.value.as_f64() {
            self.value = number(value);
        }
    }
}

impl Editable for StatisticRecord {
    const UNIQUE: &'static str = "metric, subject, dimension and date";
    fn cities(&self) -> Vec<String> {
        self.city.iter().cloned().collect()
    }
}

identified!(StatisticRecord: statistic "statistic" by row id, edited);
