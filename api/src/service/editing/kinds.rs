//! What the write side needs to know of each editable kind beyond its file format.

use entity::*;
use sea_orm::{
    ColumnTrait, DatabaseTransaction, EntityTrait, IdenStatic, Iterable, ModelTrait, QueryFilter,
    Value,
};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::dataset::*;
use crate::error::AppResult;
use crate::service::search::{Document, Indexed};

pub trait Editable:
    RecordKind<Model: Serialize + DeserializeOwned + ModelTrait<Entity = Self::Entity>>
{
    /// The record's GraphQL type, as audit entries, changes and global ids name it.
    const TYPE: &'static str;
    /// The column of the natural key, for kinds whose global id is made of it (of the first
    /// one, kept in `first_key` across renames); the others are identified by row id.
    const KEY_COLUMN: Option<&'static str>;
    /// What no two records of the kind may share, for conflict messages.
    const UNIQUE: &'static str;

    /// The version the stored record is at.
    fn version(model: &Self::Model) -> i32 {
        model.get(column::<Self>("version")).unwrap::<i32>()
    }
    /// The key of the record's global id: its first natural key, or its row id.
    fn record_key(model: &Self::Model) -> String {
        match Self::KEY_COLUMN {
            Some(key) => match model.get(column::<Self>("first_key")) {
                Value::String(Some(first_key)) => first_key,
                _ => model.get(column::<Self>(key)).unwrap::<String>(),
            },
            None => Self::id(model).to_string(),
        }
    }
    /// Slugs of the cities the record is about, for subscribers that follow a city.
    fn cities(&self) -> Vec<String> {
        Vec::new()
    }
    /// The record's document in the search index, for searchable kinds.
    fn document(_model: &Self::Model) -> Option<Document> {
        None
    }
    /// Checks that the row may go, and removes what the kind keeps beside it.
    fn before_delete(
        _txn: &DatabaseTransaction,
        _id: i32,
    ) -> impl Future<Output = AppResult<()>> + Send {
        async { Ok(()) }
    }
}

/// The column of `K`'s table named `name`.
pub fn column<K: Editable>(name: &str) -> <K::Entity as EntityTrait>::Column {
    <K::Entity as EntityTrait>::Column::iter()
        .find(|column| column.as_str() == name)
        .unwrap_or_else(|| panic!("{} has a column `{name}`", K::TYPE))
}

impl Editable for SourceRecord {
    const TYPE: &'static str = "Source";
    const KEY_COLUMN: Option<&'static str> = Some("key");
    const UNIQUE: &'static str = "key";
    fn document(model: &source::Model) -> Option<Document> {
        Some(model.document())
    }
}

impl Editable for CountryRecord {
    const TYPE: &'static str = "Country";
    const KEY_COLUMN: Option<&'static str> = Some("code");
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

impl Editable for CityRecord {
    const TYPE: &'static str = "City";
    const KEY_COLUMN: Option<&'static str> = Some("slug");
    const UNIQUE: &'static str = "slug";
    fn cities(&self) -> Vec<String> {
        vec![self.slug.clone()]
    }
    fn document(model: &city::Model) -> Option<Document> {
        Some(model.document())
    }
}

impl Editable for OrganizationRecord {
    const TYPE: &'static str = "Organization";
    const KEY_COLUMN: Option<&'static str> = Some("slug");
    const UNIQUE: &'static str = "slug or acronym";
    fn cities(&self) -> Vec<String> {
        self.headquarters.iter().cloned().collect()
    }
    fn document(model: &organization::Model) -> Option<Document> {
        Some(model.document())
    }
}

impl Editable for AgreementRecord {
    const TYPE: &'static str = "Agreement";
    const KEY_COLUMN: Option<&'static str> = None;
    const UNIQUE: &'static str = "parties and kind";
    fn cities(&self) -> Vec<String> {
        self.parties.to_vec()
    }
}

impl Editable for MembershipRecord {
    const TYPE: &'static str = "Membership";
    const KEY_COLUMN: Option<&'static str> = None;
    const UNIQUE: &'static str = "city, organization and role";
    fn cities(&self) -> Vec<String> {
        vec![self.city.clone()]
    }
}

impl Editable for HostedOfficeRecord {
    const TYPE: &'static str = "HostedOffice";
    const KEY_COLUMN: Option<&'static str> = None;
    const UNIQUE: &'static str = "organization, city and kind";
    fn cities(&self) -> Vec<String> {
        vec![self.city.clone()]
    }
}

impl Editable for PolicyExportRecord {
    const TYPE: &'static str = "PolicyExport";
    const KEY_COLUMN: Option<&'static str> = Some("slug");
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

impl Editable for EventRecord {
    const TYPE: &'static str = "Event";
    const KEY_COLUMN: Option<&'static str> = Some("slug");
    const UNIQUE: &'static str = "slug";
    fn cities(&self) -> Vec<String> {
        self.host.iter().cloned().collect()
    }
    fn document(model: &event::Model) -> Option<Document> {
        Some(model.document())
    }
}

impl Editable for StatisticRecord {
    const TYPE: &'static str = "Statistic";
    const KEY_COLUMN: Option<&'static str> = None;
    const UNIQUE: &'static str = "metric, subject, dimension and date";
    fn cities(&self) -> Vec<String> {
        self.city.iter().cloned().collect()
    }
}
