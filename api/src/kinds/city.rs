//! A city or region: the parties of agreements and the subject of most facts.

use entity::{CityKind, city};
use sea_orm::DatabaseTransaction;
use serde::{Deserialize, Serialize};

use super::rules::checks;
use crate::dataset::validate::{check_name, check_optional_name, check_wikidata_id};
use crate::dataset::{Citations, RecordKind};
use crate::error::AppResult;
use crate::service::distance;
use crate::service::editing::Editable;
use crate::service::search::{Document, Indexed, SearchKind, joined};

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CityRecord {
    pub slug: String,
    /// The slug the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `slug`.
    pub first_key: Option<String>,
    pub name_en: String,
    /// Left out where no source gives a Korean name (most of the world's cities).
    pub name_ko: Option<String>,
    /// The city's Wikidata item, such as `Q8684`; unique.
    pub wikidata_id: Option<String>,
    pub kind: CityKind,
    pub country: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Citations,
}

impl RecordKind for CityRecord {
    carries_citations!();

    keeps_first_key!(slug);

    fn key(&self) -> String {
        self.slug.clone()
    }
    fn check(&self) -> Vec<String> {
        let mut problems = checks([
            check_name("name_en", &self.name_en),
            check_optional_name("name_ko", self.name_ko.as_ref()),
            self.wikidata_id
                .as_deref()
                .map_or(Ok(()), |id| check_wikidata_id("wikidata_id", id)),
        ]);
        if self
            .latitude
            .is_some_and(|latitude| !(-90.0..=90.0).contains(&latitude))
        {
            problems.push("`latitude` must be between -90 and 90".into());
        }
        if self
            .longitude
            .is_some_and(|longitude| !(-180.0..=180.0).contains(&longitude))
        {
            problems.push("`longitude` must be between -180 and 180".into());
        }
        problems
    }
    row_mapping! {
        city { slug, first_key, name_en, name_ko, wikidata_id, kind, latitude, longitude }
        to_row(&self, refs) {
            country_id: refs.countries.id("country", &self.country)?,
        }
        from_row(model, refs) {
            country: refs.countries.key(model.country_id),
            sources: Vec::new(),
        }
    }
}

impl Editable for CityRecord {
    const UNIQUE: &'static str = "slug";
    fn other_unique(&self, database_message: &str) -> Option<String> {
        (database_message.contains("wikidata_id")).then(|| {
            format!(
                "a City with the same Wikidata id (`{}`) already exists",
                self.wikidata_id.as_deref().unwrap_or_default()
            )
        })
    }
    fn cities(&self) -> Vec<String> {
        vec![self.slug.clone()]
    }
    fn document(model: &city::Model) -> Option<Document> {
        Some(model.document())
    }
    /// Moving a city moves its agreements' distances.
    async fn after_write(txn: &DatabaseTransaction, id: i32) -> AppResult<()> {
        distance::refresh_distances(txn, Some(&[id])).await
    }
}

impl Indexed for city::Model {
    fn document(&self) -> Document {
        let slug = self.slug.replace('-', " ");
        let text = joined(&[Some(&self.name_en), self.name_ko.as_deref(), Some(&slug)]);
        (SearchKind::City, self.slug.clone(), text)
    }
}

identified!(CityRecord: city "city" by first Slug, edited);
