//! A country group, such as ASEAN: the groups countries belong to.

use entity::country_group;
use serde::{Deserialize, Serialize};

use super::rules::{both_names, checks};
use crate::dataset::RecordKind;
use crate::dataset::validate::{KeyShape, check_key};
use crate::db::Db;
use crate::error::AppResult;
use crate::service::places;
use crate::service::records::{IdKey, Identified};

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryGroupRecord {
    pub code: String,
    pub name_en: String,
    pub name_ko: String,
}

impl RecordKind for CountryGroupRecord {
    fn key(&self) -> String {
        self.code.clone()
    }
    fn check(&self) -> Vec<String> {
        let [name_en, name_ko] = both_names(&self.name_en, &self.name_ko);
        checks([
            check_key(KeyShape::GroupCode, "code", &self.code),
            name_en,
            name_ko,
        ])
    }
    row_mapping! {
        country_group { code, name_en, name_ko }
        to_row(&self, _refs) {
        }
        from_row(model, _refs) {
        }
    }
}

impl Identified for CountryGroupRecord {
    const ID_KEY: IdKey<country_group::Column> = IdKey::Key(country_group::Column::Code);
    const WHAT: &'static str = "country group";

    /// Codes are upper case; a code asked for in lower case finds its group too.
    async fn find(db: &Db, code: &str) -> AppResult<country_group::Model> {
        places::country_group(db, code).await
    }
}
