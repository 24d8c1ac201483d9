//! What the write side needs to know of each editable kind beyond its file format.

use entity::*;
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::dataset::*;
use crate::error::AppResult;
use crate::service::search::{Document, Indexed};

pub trait Editable: RecordKind<Model: Serialize + DeserializeOwned> {
    /// The record's GraphQL type, as audit entries, changes and global ids name it.
    const TYPE: &'static str;
    /// The column holding the key of the record's global id, for kinds with a natural key;
    /// the others are identified by row id.
    const KEY_COLUMN: Option<&'static str>;
    /// What no two records of the kind may share, for conflict messages.
    const UNIQUE: &'static str;

    fn version(model: &Self::Model) -> i32;
    /// The key of the record's global id.
    fn record_key(model: &Self::Model) -> String {
        Self::id(model).to_string()
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

impl Editable for SourceRecord {
    const TYPE: &'static str = "Source";
    const KEY_COLUMN: Option<&'static str> = Some("key");
    const UNIQUE: &'static str = "key";
    fn version(model: &source::Model) -> i32 {
        model.version
    }
    fn record_key(model: &source::Model) -> String {
        model.key.clone()
    }
    fn document(model: &source::Model) -> Option<Document> {
        Some(model.document())
    }
}

impl Editable for CountryRecord {
    const TYPE: &'static str = "Country";
    const KEY_COLUMN: Option<&'static str> = Some("code");
    const UNIQUE: &'static str = "ISO code";
    fn version(model: &country::Model) -> i32 {
        model.version
    }
    fn record_key(model: &country::Model) -> String {
        model.code.clone()
    }
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
    fn version(model: &city::Model) -> i32 {
        model.version
    }
    fn record_key(model: &city::Model) -> String {
        model.slug.clone()
    }
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
    fn version(model: &organization::Model) -> i32 {
        model.version
    }
    fn record_key(model: &organization::Model) -> String {
        model.slug.clone()
    }
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
    fn version(model: &agreement::Model) -> i32 {
        model.version
    }
    fn cities(&self) -> Vec<String> {
        self.parties.to_vec()
    }
}

impl Editable for MembershipRecord {
    const TYPE: &'static str = "Membership";
    const KEY_COLUMN: Option<&'static str> = None;
    const UNIQUE: &'static str = "city, organization and role";
    fn version(model: &membership::Model) -> i32 {
        model.version
    }
    fn cities(&self) -> Vec<String> {
        vec![self.city.clone()]
    }
}

impl Editable for HostedOfficeRecord {
    const TYPE: &'static str = "HostedOffice";
    const KEY_COLUMN: Option<&'static str> = None;
    const UNIQUE: &'static str = "organization, city and kind";
    fn version(model: &hosted_office::Model) -> i32 {
        model.version
    }
    fn cities(&self) -> Vec<String> {
        vec![self.city.clone()]
    }
}

impl Editable for PolicyExportRecord {
    const TYPE: &'static str = "PolicyExport";
    const KEY_COLUMN: Option<&'static str> = Some("slug");
    const UNIQUE: &'static str = "slug";
    fn version(model: &policy_export::Model) -> i32 {
        model.version
    }
    fn record_key(model: &policy_export::Model) -> String {
        model.slug.clone()
    }
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
    fn version(model: &event::Model) -> i32 {
        model.version
    }
    fn record_key(model: &event::Model) -> String {
        model.slug.clone()
    }
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
    fn version(model: &statistic::Model) -> i32 {
        model.version
    }
    fn cities(&self) -> Vec<String> {
        self.city.iter().cloned().collect()
    }
}
