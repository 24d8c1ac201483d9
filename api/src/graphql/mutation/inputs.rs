//! Input types of the record mutations: for each kind, `…Input` (every field, to create) and
//! `…Patch` (any fields, to update; `null` clears an optional one). Both become objects in the
//! dataset's file format, which the write side validates like an import.

use async_graphql::{ID, InputObject, InputType, MaybeUndefined};
use serde_json::{Map, Value, json};

use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::graphql::types::NodeId;
use crate::graphql::types::{
    AgreementKind, AgreementStatus, CityKind, Continent, DeliveryMode, EventKind, MembershipRole,
    OfficeKind, OrganizationKind, PolicySector, ProgramKind, SourceKind, with_vocabularies,
};
use crate::service::editing::api_names;
use crate::service::editing::citations::{self, CitationEntry};

/// A value as the dataset's file format writes it.
pub trait RecordJson {
    fn record_json(&self) -> Value;
}

/// A create input: the new record in the dataset's file format, once its references are
/// resolved (most inputs name what they refer to by natural key already).
pub trait RecordInput {
    /// The kind's fields the file format names otherwise: `(file format's name, input's name)`.
    const RENAMED: &'static [(&'static str, &'static str)] = &[];

    fn record(&self, db: &Db) -> impl Future<Output = AppResult<serde_json::Value>> + Send;

    /// `error`, with the fields of the file format its message names given the input's names.
    fn in_input_terms(error: AppError) -> AppError {
        match error {
            AppError::BadUserInput(mut message) => {
                for (file, input) in Self::RENAMED {
                    message =
                        message.replace(&format!("`{file}`"), &api_names(&format!("`{input}`")));
                }
                AppError::BadUserInput(message)
            }
            error => error,
        }
    }
}

/// An update's patch: the fields to change, in the dataset's file format; `null` clears one.
pub trait RecordPatch {
    fn changes(&self) -> AppResult<Map<String, Value>>;
}

/// The input types of an editable kind: its create input and its update patch.
pub trait Edited {
    type Input: RecordInput + InputType;
    type Patch: RecordPatch + InputType;
}

/// The type a field takes in a patch, and whether the field may be cleared with `null`.
pub trait Patchable {
    type Patch: InputType + RecordJson;
    const CLEARABLE: bool;
}

macro_rules! plain_values {
    ($($ty:ty),+) => {$(
        impl RecordJson for $ty {
            fn record_json(&self) -> Value {
                json!(self)
            }
        }
        impl Patchable for $ty {
            type Patch = $ty;
            const CLEARABLE: bool = false;
        }
    )+};
}
plain_values!(String, i32);

impl RecordJson for f64 {
    /// Whole numbers are written as integers, so that they also fill integer fields (budgets
    /// are Floats in the API because they exceed 32 bits).
    fn record_json(&self) -> Value {
        if self.fract() == 0.0 && self.abs() < 9.0e15 {
            json!(*self as i64)
        } else {
            json!(self)
        }
    }
}

impl Patchable for f64 {
    type Patch = f64;
    const CLEARABLE: bool = false;
}

macro_rules! enum_values {
    ($($ty:ident),+) => {$(
        impl RecordJson for $ty {
            fn record_json(&self) -> Value {
                json!(entity::$ty::from(*self))
            }
        }
        impl Patchable for $ty {
            type Patch = $ty;
            const CLEARABLE: bool = false;
        }
    )+};
}
with_vocabularies!(enum_values);

impl<T: RecordJson> RecordJson for Option<T> {
    fn record_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, RecordJson::record_json)
    }
}

impl<T: Patchable> Patchable for Option<T> {
    type Patch = T::Patch;
    const CLEARABLE: bool = true;
}

impl<T: RecordJson> RecordJson for Vec<T> {
    fn record_json(&self) -> Value {
        Value::Array(self.iter().map(RecordJson::record_json).collect())
    }
}

impl<T: RecordJson + InputType> Patchable for Vec<T> {
    type Patch = Vec<T>;
    const CLEARABLE: bool = false;
}

/// Where a fact comes from: a source, and where in it.
#[derive(InputObject, Clone)]
pub struct CitationInput {
    /// The source's key, such as `jpi-2020`.
    pub source: String,
    /// Where in the source: a section, table, page or row.
    pub locator: String,
    /// The in-text citation the source itself gives for the fact, verbatim; it may hold line
    /// breaks and tabs.
    pub reference: Option<String>,
}

impl RecordJson for CitationInput {
    fn record_json(&self) -> Value {
        let mut citation = json!({ "source": self.source, "locator": self.locator });
        if let Some(reference) = &self.reference {
            citation["reference"] = json!(reference);
        }
        citation
    }
}

/// Adds `value` to a patch object as `field`: left out when undefined, cleared when null.
pub fn patch_field<T: Patchable>(
    patch: &mut Map<String, Value>,
    field: &str,
    value: &MaybeUndefined<T::Patch>,
) -> AppResult<()> {
    match value {
        MaybeUndefined::Undefined => {}
        MaybeUndefined::Null if !T::CLEARABLE => {
            return Err(AppError::BadUserInput(api_names(&format!(
                "`patch.{field}` cannot be null; leave it out to keep it"
            ))));
        }
        MaybeUndefined::Null => {
            patch.insert(field.into(), Value::Null);
        }
        MaybeUndefined::Value(value) => {
            patch.insert(field.into(), value.record_json());
        }
    }
    Ok(())
}

/// The value of an input field, read together with its former name where it has one.
macro_rules! field_value {
    ($input:ident, $field:ident) => {
        &$input.$field
    };
    ($input:ident, $field:ident, $former:ident) => {
        $crate::graphql::renamed::either(
            stringify!($field),
            &$input.$field,
            stringify!($former),
            &$input.$former,
        )?
    };
}

/// The name of an input field in the dataset's file format: its former name where it has one
/// (inputs used to take the file format's names), else its own.
macro_rules! file_name {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident, $former:ident) => {
        stringify!($former)
    };
}

/// Declares a kind's `…Input` and `…Patch` from one list of fields, named as the kind's output
/// type names them. A field the file format names otherwise says so, `(formerly name: "reason")`:
/// inputs took the file format's names before, so the former name is kept as a deprecated field
/// that means the same, and messages of the write side, which name the file format's fields,
/// are given back in the API's names.
macro_rules! record_inputs {
    ($(#[doc = $input_doc:literal])* $input:ident, $(#[doc = $patch_doc:literal])* $patch:ident
        for $record:ident {
        $($(#[doc = $doc:literal])* $field:ident $((formerly $former:ident: $reason:literal))?: $ty:ty),+ $(,)?
    }) => {
        $(#[doc = $input_doc])*
        #[derive(async_graphql::InputObject)]
        pub struct $input {
            $(
                $(#[doc = $doc])* pub $field: $ty,
                $(#[graphql(deprecation = $reason)] pub $former: $ty,)?
            )+
        }

        impl $crate::graphql::mutation::inputs::RecordInput for $input {
            const RENAMED: &'static [(&'static str, &'static str)] =
                &[$($((stringify!($former), stringify!($field)),)?)+];

            async fn record(&self, _db: &$crate::db::Db) -> $crate::error::AppResult<serde_json::Value> {
                let mut record = serde_json::Map::new();
                $(
                    let value = $crate::graphql::mutation::inputs::RecordJson::record_json(
                        field_value!(self, $field $(, $former)?),
                    );
                    if !value.is_null() {
                        record.insert(file_name!($field $(, $former)?).into(), value);
                    }
                )+
                Ok(serde_json::Value::Object(record))
            }
        }

        $(#[doc = $patch_doc])*
        #[derive(async_graphql::InputObject)]
        pub struct $patch {
            $(
                $(#[doc = $doc])* pub $field: async_graphql::MaybeUndefined<<$ty as $crate::graphql::mutation::inputs::Patchable>::Patch>,
                $(#[graphql(deprecation = $reason)] pub $former: async_graphql::MaybeUndefined<<$ty as $crate::graphql::mutation::inputs::Patchable>::Patch>,)?
            )+
        }

        impl $crate::graphql::mutation::inputs::Edited for $crate::kinds::$record {
            type Input = $input;
            type Patch = $patch;
        }

        impl $crate::graphql::mutation::inputs::RecordPatch for $patch {
            fn changes(&self) -> $crate::error::AppResult<serde_json::Map<String, serde_json::Value>> {
                let mut patch = serde_json::Map::new();
                $(
                    $crate::graphql::mutation::inputs::patch_field::<$ty>(
                        &mut patch,
                        file_name!($field $(, $former)?),
                        field_value!(self, $field $(, $former)?),
                    )?;
                )+
                Ok(patch)
            }
        }
    };
}

record_inputs! {
    /// A new source.
    SourceInput,
    /// Changes to a source.
    SourcePatch for SourceRecord {
        /// Stable key, such as `jpi-2020`.
        key: String,
        kind: SourceKind,
        title: String,
        authors: Option<String>,
        /// Year of publication.
        year: Option<i32>,
        publisher: Option<String>,
        url: Option<String>,
        /// Language code, such as `ko`.
        language: Option<String>,
    }
}

record_inputs! {
    /// A new country.
    CountryInput,
    /// Changes to a country.
    CountryPatch for CountryRecord {
        /// ISO 3166-1 alpha-2 code, such as `KR`.
        code: String,
        name_en: String,
        name_ko: String,
        continent: Continent,
        /// Codes of the country groups it belongs to, such as `ASEAN`.
        groups: Vec<String>,
    }
}

record_inputs! {
    /// A new city or region; it needs at least one citation.
    CityInput,
    /// Changes to a city or region.
    CityPatch for CityRecord {
        /// Stable identifier, such as `seoul`.
        slug: String,
        name_en: String,
        /// The Korean name, where a source gives one.
        name_ko: Option<String>,
        /// The city's Wikidata item, such as `Q8684`; no two cities share one.
        wikidata_id: Option<String>,
        kind: CityKind,
        /// The country's ISO code, such as `KR`.
        country: String,
        latitude: Option<f64>,
        longitude: Option<f64>,
        /// Where the facts come from; at least one.
        sources: Vec<CitationInput>,
    }
}

record_inputs! {
    /// A new organization; it needs at least one citation.
    OrganizationInput,
    /// Changes to an organization.
    OrganizationPatch for OrganizationRecord {
        /// Stable identifier, such as `c40`.
        slug: String,
        acronym: Option<String>,
        name_en: String,
        name_ko: String,
        kind: OrganizationKind,
        founded_year: Option<i32>,
        /// The slug of the city it has its headquarters in.
        headquarters: Option<String>,
        /// Where the facts come from; at least one.
        sources: Vec<CitationInput>,
    }
}

record_inputs! {
    /// A new agreement between two cities; it needs at least one citation.
    AgreementInput,
    /// Changes to an agreement.
    AgreementPatch for AgreementRecord {
        /// The slugs of the two cities, in any order.
        parties: Vec<String>,
        kind: AgreementKind,
        /// When it was signed: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        signed_on (formerly signed: "Use `signedOn`, as `Agreement` names it."): Option<String>,
        /// When it ended, in the same form; not before `signedOn`.
        ended_on (formerly ended: "Use `endedOn`, as `Agreement` names it."): Option<String>,
        status: Option<AgreementStatus>,
        /// Free text; may hold line breaks and tabs.
        note: Option<String>,
        /// Where the facts come from; at least one.
        sources: Vec<CitationInput>,
    }
}

record_inputs! {
    /// A new membership of a city in an organization; it needs at least one citation.
    MembershipInput,
    /// Changes to a membership.
    MembershipPatch for MembershipRecord {
        /// The city's slug.
        city: String,
        /// The organization's slug.
        organization: String,
        role: MembershipRole,
        joined_year: Option<i32>,
        left_year: Option<i32>,
        /// Free text; may hold line breaks and tabs.
        note: Option<String>,
        /// Where the facts come from; at least one.
        sources: Vec<CitationInput>,
    }
}

record_inputs! {
    /// A new office an organization keeps in a city; it needs at least one citation.
    HostedOfficeInput,
    /// Changes to a hosted office.
    HostedOfficePatch for HostedOfficeRecord {
        /// The organization's slug.
        organization: String,
        /// The city's slug.
        city: String,
        kind: OfficeKind,
        name_en: Option<String>,
        name_ko: Option<String>,
        opened_year: Option<i32>,
        /// Where the facts come from; at least one.
        sources: Vec<CitationInput>,
    }
}

record_inputs! {
    /// A new policy export; it needs at least one citation.
    PolicyExportInput,
    /// Changes to a policy export.
    PolicyExportPatch for PolicyExportRecord {
        /// Stable identifier.
        slug: String,
        /// The exporting city's slug.
        exporter: String,
        /// The importing city's slug.
        partner: Option<String>,
        title_en: Option<String>,
        title_ko: Option<String>,
        sector: PolicySector,
        /// Free text; may hold line breaks and tabs.
        subsector: Option<String>,
        mode: Option<DeliveryMode>,
        year: Option<i32>,
        /// Total budget in Korean won (whole won).
        budget_krw: Option<f64>,
        /// The exporting city's share in Korean won (whole won).
        exporter_share_krw: Option<f64>,
        /// Free text; may hold line breaks and tabs.
        note: Option<String>,
        /// Where the facts come from; at least one.
        sources: Vec<CitationInput>,
    }
}

record_inputs! {
    /// A new event; it needs at least one citation.
    EventInput,
    /// Changes to an event.
    EventPatch for EventRecord {
        /// Stable identifier.
        slug: String,
        name_en: Option<String>,
        name_ko: Option<String>,
        kind: EventKind,
        /// The host city's slug.
        host: Option<String>,
        /// The first day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        starts_on (formerly start: "Use `startsOn`, as `Event` names it."): Option<String>,
        /// The last day, in the same form; not before `startsOn`.
        ends_on (formerly end: "Use `endsOn`, as `Event` names it."): Option<String>,
        /// The organizing organization's slug.
        organizer: Option<String>,
        /// Free text; may hold line breaks and tabs.
        note: Option<String>,
        /// Where the facts come from; at least one.
        sources: Vec<CitationInput>,
    }
}

record_inputs! {
    /// A new statistic about a city or an organization; it needs at least one citation.
    StatisticInput,
    /// Changes to a statistic.
    StatisticPatch for StatisticRecord {
        /// What is measured, such as `sister_cities`.
        metric: String,
        /// The city's slug, for a figure about a city.
        city: Option<String>,
        /// The organization's slug, for a figure about an organization.
        organization: Option<String>,
        /// The breakdown the value belongs to; null for a total.
        dimension: Option<String>,
        value: f64,
        unit: String,
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        as_of: Option<String>,
        /// Free text; may hold line breaks and tabs.
        note: Option<String>,
        /// Where the facts come from; at least one.
        sources: Vec<CitationInput>,
    }
}

/// A new citation of a record.
#[derive(InputObject)]
pub struct AddCitationInput {
    /// The global id of the record the citation backs (a city, agreement, organization,
    /// membership, hosted office, policy export, event, program, statistic or period).
    pub record: ID,
    /// The source's key, such as `jpi-2020`.
    pub source: String,
    /// Where in the source: a section, table, page or row.
    pub locator: String,
    /// The in-text citation the source itself gives for the fact, verbatim; it may hold line
    /// breaks and tabs.
    pub reference: Option<String>,
}

impl RecordInput for AddCitationInput {
    async fn record(&self, db: &Db) -> AppResult<Value> {
        let id = NodeId::parse(&self.record)?;
        let record = citations::cited_row(db, NodeId::name(id.kind), &id.key).await?;
        let mut citation = CitationInput {
            source: self.source.clone(),
            locator: self.locator.clone(),
            reference: self.reference.clone(),
        }
        .record_json();
        citation["record"] = json!(record);
        Ok(citation)
    }
}

impl Edited for CitationEntry {
    type Input = AddCitationInput;
    type Patch = CitationPatch;
}

/// Changes to a citation; the record it backs stays.
#[derive(InputObject)]
pub struct CitationPatch {
    /// The source's key.
    pub source: MaybeUndefined<String>,
    /// Where in the source.
    pub locator: MaybeUndefined<String>,
    /// The source's own in-text citation (it may hold line breaks and tabs); null clears it.
    pub reference: MaybeUndefined<String>,
}

impl RecordPatch for CitationPatch {
    fn changes(&self) -> AppResult<Map<String, Value>> {
        let mut patch = Map::new();
        patch_field::<String>(&mut patch, "source", &self.source)?;
        patch_field::<String>(&mut patch, "locator", &self.locator)?;
        patch_field::<Option<String>>(&mut patch, "reference", &self.reference)?;
        Ok(patch)
    }
}
