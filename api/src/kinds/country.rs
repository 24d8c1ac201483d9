//! A country, and the groups it belongs to (kept with it, beside its table). Its names and
//! continent come from the country catalogue ([`super::country_catalogue`]); a record gives
//! them only where they differ from it (after an edit), so `countries.json` lists codes and
//! groups.

use entity::{Continent, country, country_group_member};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter,
};
use serde::{Deserialize, Serialize};

use crate::error::AppResult;

use super::country_catalogue::{self, CatalogueCountry};
use super::rules::checks;
use crate::dataset::validate::{check_code, check_optional_name};
use crate::dataset::{RecordKind, Refs};
use crate::service::editing::Editable;
use crate::service::search::{Document, Indexed, SearchKind, joined};

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryRecord {
    pub code: String,
    /// The code the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `code`.
    pub first_key: Option<String>,
    /// Left out where it is the catalogue's, as are `name_ko` and `continent`.
    pub name_en: Option<String>,
    pub name_ko: Option<String>,
    pub continent: Option<Continent>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
}

impl CountryRecord {
    /// The English and Korean names and the continent: the record's, else the catalogue's.
    /// A code the catalogue does not know is refused, names given or not.
    fn filled(&self) -> Result<(String, String, Continent), String> {
        let catalogue =
            country_catalogue::country(&self.code).map_err(|reason| format!("`code`: {reason}"))?;
        Ok((
            self.name_en
                .clone()
                .unwrap_or_else(|| catalogue.name_en.clone()),
            self.name_ko
                .clone()
                .unwrap_or_else(|| catalogue.name_ko.clone()),
            self.continent.unwrap_or(catalogue.continent),
        ))
    }

    /// What of `pick` the record says beside the catalogue: `value`, unless it is the
    /// catalogue's.
    fn own<T: PartialEq>(
        code: &str,
        value: Option<T>,
        pick: impl Fn(&CatalogueCountry) -> T,
    ) -> Option<T> {
        let catalogue = country_catalogue::country(code).ok().map(pick);
        value.filter(|value| catalogue.as_ref() != Some(value))
    }
}

impl RecordKind for CountryRecord {
    keeps_first_key!(code: check_code);

    fn key(&self) -> String {
        self.code.clone()
    }
    fn check(&self) -> Vec<String> {
        // A code the catalogue does not know is refused when the row is made (`filled`).
        checks([
            check_optional_name("name_en", self.name_en.as_ref()),
            check_optional_name("name_ko", self.name_ko.as_ref()),
        ])
    }
    fn normalize(&mut self) {
        self.groups.sort();
        self.groups.dedup();
        self.name_en = Self::own(&self.code, self.name_en.take(), |c| c.name_en.clone());
        self.name_ko = Self::own(&self.code, self.name_ko.take(), |c| c.name_ko.clone());
        self.continent = Self::own(&self.code, self.continent.take(), |c| c.continent);
    }
    row_mapping! {
        country { code, first_key }
        to_row(&self, refs) first {
            for group in &self.groups {
                refs.groups.id("country group", group)?;
            }
        } {
            name_en: self.filled()?.0,
            name_ko: self.filled()?.1,
            continent: self.filled()?.2,
        }
        from_row(model, refs) {
            name_en: Self::own(&model.code, Some(model.name_en.clone()), |c| c.name_en.clone()),
            name_ko: Self::own(&model.code, Some(model.name_ko.clone()), |c| c.name_ko.clone()),
            continent: Self::own(&model.code, Some(model.continent), |c| c.continent),
            groups: refs.country_groups.get(&model.id).cloned().unwrap_or_default(),
        }
    }
    async fn write_extra(
        records: &[Self],
        txn: &DatabaseTransaction,
        refs: &mut Refs,
    ) -> Result<(), sea_orm::DbErr> {
        sync_country_groups(records, txn, refs).await
    }
}

impl Editable for CountryRecord {
    const UNIQUE: &'static str = "ISO code";
    fn document(model: &country::Model) -> Option<Document> {
        Some(model.document())
    }
    async fn before_delete(txn: &DatabaseTransaction, id: i32) -> AppResult<()> {
        // A country's groups are part of its record, kept with it for restore.
        country_group_member::Entity::delete_many()
            .filter(country_group_member::Column::CountryId.eq(id))
            .exec(txn)
            .await?;
        Ok(())
    }
}

impl Indexed for country::Model {
    fn document(&self) -> Document {
        let text = joined(&[Some(&self.name_en), Some(&self.name_ko), Some(&self.code)]);
        (SearchKind::Country, self.code.clone(), text)
    }
}

identified!(CountryRecord: country "country" by first Code, edited);

/// Makes each imported country's group memberships exactly those its record lists.
pub async fn sync_country_groups(
    records: &[CountryRecord],
    txn: &DatabaseTransaction,
    refs: &mut Refs,
) -> Result<(), DbErr> {
    for record in records {
        let Ok(country_id) = refs.countries.id("country", &record.code) else {
            continue;
        };
        if refs
            .country_groups
            .get(&country_id)
            .cloned()
            .unwrap_or_default()
            == record.groups
        {
            continue;
        }
        country_group_member::Entity::delete_many()
            .filter(country_group_member::Column::CountryId.eq(country_id))
            .exec(txn)
            .await?;
        for code in &record.groups {
            let Ok(country_group_id) = refs.groups.id("country group", code) else {
                continue;
            };
            country_group_member::ActiveModel {
                country_group_id: sea_orm::Set(country_group_id),
                country_id: sea_orm::Set(country_id),
            }
            .insert(txn)
            .await?;
        }
        refs.country_groups
            .insert(country_id, record.groups.clone());
    }
    Ok(())
}
