//! Input types of the record mutations: for each kind, `…Input` (every field, to create) and
//! `…Patch` (any fields, to update; `null` clears an optional one), declared by
//! [`record_inputs!`] from one list of fields. An input becomes the kind's record and a patch
//! is applied to one field by field, typed: a field renamed on either side fails to compile.
//! Each also gives the request in the dataset's file format, which idempotency keys
//! fingerprint.

use async_graphql::{ID, InputObject, InputType, MaybeUndefined};
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::dataset::CitationRecord;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::graphql::renamed::graphql_name;
use crate::graphql::types::NodeId;
use crate::graphql::types::{
    AgreementKind, AgreementStatus, CityKind, Continent, DeliveryMode, EventKind, MembershipRole,
    OfficeKind, OrganizationKind, PolicySector, ProgramKind, SourceKind, with_vocabularies,
};
use crate::service::editing::Patch;
use crate::service::editing::citations::{self, CitationEntry};

/// The input types of an editable kind `K`: its create input and its update patch.
pub trait Edited: Sized {
    type Input: RecordInput<Self> + InputType;
    type Patch: Patch<Self> + PatchRequest + InputType;

    /// Each field as `(its name in the file format, its name in Rust)`: messages of the write
    /// side name the first, the API names the second in camelCase.
    const FIELDS: &'static [(&'static str, &'static str)];

    /// `error`, naming the kind's fields as the API does.
    fn in_api_terms(error: AppError) -> AppError {
        match error {
            AppError::BadUserInput(mut message) => {
                for (file, name) in Self::FIELDS {
                    message =
                        message.replace(&format!("`{file}`"), &format!("`{}`", graphql_name(name)));
                }
                AppError::BadUserInput(message)
            }
            error => error,
        }
    }
}

/// A create input: the new record (its references resolved, for inputs that name records by
/// global id), and the request in the file format.
pub trait RecordInput<K> {
    fn record(&self, db: &Db) -> impl Future<Output = AppResult<(K, Value)>> + Send;
}

/// An update's patch as the request names it: the fields it changes, in the file format;
/// `null` clears one.
pub trait PatchRequest {
    fn changes(&self) -> AppResult<Map<String, Value>>;
}

/// An input field's value as a record holds it.
pub trait FromInput<I>: Sized {
    /// The value, or why the input cannot be one (the caller names the field).
    fn from_input(input: I) -> Result<Self, String>;
}

/// How a field's create-input type reads in a patch.
pub trait Patchable: Sized {
    /// The type the field takes in a patch, where `null` and leaving it out say more.
    type Patch: InputType + Clone;

    /// The input a patch's value stands for.
    fn given(value: Self::Patch) -> Self;
    /// The input a patch's `null` stands for, for fields that may be cleared.
    fn cleared() -> Option<Self> {
        None
    }
    /// Whether a create input left the field out.
    fn left_out(&self) -> bool {
        false
    }
}

macro_rules! plain_values {
    ($($ty:ty),+) => {$(
        impl FromInput<$ty> for $ty {
            fn from_input(input: $ty) -> Result<Self, String> {
                Ok(input)
            }
        }
        impl Patchable for $ty {
            type Patch = $ty;
            fn given(value: $ty) -> Self {
                value
            }
        }
    )+};
}
plain_values!(String, i32, f64);

macro_rules! enum_values {
    ($($ty:ident),+) => {$(
        impl FromInput<$ty> for entity::$ty {
            fn from_input(input: $ty) -> Result<Self, String> {
                Ok(input.into())
            }
        }
        impl Patchable for $ty {
            type Patch = $ty;
            fn given(value: $ty) -> Self {
                value
            }
        }
    )+};
}
with_vocabularies!(enum_values);

impl<I, R: FromInput<I>> FromInput<Option<I>> for Option<R> {
    fn from_input(input: Option<I>) -> Result<Self, String> {
        input.map(R::from_input).transpose()
    }
}

impl<T: Patchable> Patchable for Option<T> {
    type Patch = T::Patch;
    fn given(value: T::Patch) -> Self {
        Some(T::given(value))
    }
    fn cleared() -> Option<Self> {
        Some(None)
    }
    fn left_out(&self) -> bool {
        self.is_none()
    }
}

impl<I, R: FromInput<I>> FromInput<Vec<I>> for Vec<R> {
    fn from_input(input: Vec<I>) -> Result<Self, String> {
        input.into_iter().map(R::from_input).collect()
    }
}

impl<T: InputType + Clone> Patchable for Vec<T> {
    type Patch = Vec<T>;
    fn given(value: Vec<T>) -> Self {
        value
    }
}

/// What the file format may leave out to the catalogue, an input gives (a country's names and
/// continent).
impl FromInput<String> for Option<String> {
    fn from_input(input: String) -> Result<Self, String> {
        Ok(Some(input))
    }
}

impl FromInput<Continent> for Option<entity::Continent> {
    fn from_input(input: Continent) -> Result<Self, String> {
        Ok(Some(input.into()))
    }
}

/// An agreement whose status the sources do not give is `UNKNOWN`.
impl FromInput<Option<AgreementStatus>> for entity::AgreementStatus {
    fn from_input(input: Option<AgreementStatus>) -> Result<Self, String> {
        Ok(input.map_or(entity::AgreementStatus::Unknown, Into::into))
    }
}

/// An agreement's two parties.
impl FromInput<Vec<String>> for [String; 2] {
    fn from_input(input: Vec<String>) -> Result<Self, String> {
        <[String; 2]>::try_from(input).map_err(|parties| {
            format!(
                "invalid length {}, expected an array of length 2",
                parties.len()
            )
        })
    }
}

/// Amounts of won are Floats in the API because they exceed 32 bits, and whole numbers.
impl FromInput<f64> for i64 {
    fn from_input(input: f64) -> Result<Self, String> {
        if input.fract() == 0.0 && input.abs() < WHOLE_BELOW {
            Ok(input as i64)
        } else {
            Err(format!(
                "invalid type: floating point `{input}`, expected i64"
            ))
        }
    }
}

/// Whole numbers below this are written as integers.
const WHOLE_BELOW: f64 = 9.0e15;

/// A statistic's value, kept as written.
impl FromInput<f64> for serde_json::Number {
    fn from_input(input: f64) -> Result<Self, String> {
        Ok(crate::kinds::number(input))
    }
}

impl FromInput<CitationInput> for CitationRecord {
    fn from_input(input: CitationInput) -> Result<Self, String> {
        Ok(CitationRecord {
            source: input.source,
            locator: Some(input.locator),
            reference: input.reference,
        })
    }
}

/// `input` as the record's field holds it, or BAD_USER_INPUT naming the input field `name`.
fn converted<I, R: FromInput<I>>(name: &str, input: I) -> AppResult<R> {
    R::from_input(input)
        .map_err(|reason| AppError::BadUserInput(format!("`{}`: {reason}", graphql_name(name))))
}

/// A value as the file format writes it, and as requests were always fingerprinted: whole
/// numbers as integers, so that a retry made across versions of the server still matches.
fn file_json(value: &impl Serialize) -> Value {
    match json!(value) {
        Value::Number(number) => match number.as_f64() {
            Some(float) if float.fract() == 0.0 && float.abs() < WHOLE_BELOW => {
                json!(float as i64)
            }
            _ => Value::Number(number),
        },
        Value::Array(items) => Value::Array(items.iter().map(file_json).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(name, value)| (name.clone(), file_json(value)))
                .collect(),
        ),
        other => other,
    }
}

/// A create input's field `name` as the record holds it; noted in `request` as `file`
/// unless left out.
pub fn input_field<I: Patchable + Clone, R: FromInput<I> + Serialize>(
    request: &mut Map<String, Value>,
    name: &str,
    file: &str,
    value: &I,
) -> AppResult<R> {
    let field: R = converted(name, value.clone())?;
    if !value.left_out() {
        request.insert(file.into(), file_json(&field));
    }
    Ok(field)
}

/// The input a patch's field `name` stands for: `None` when left out.
fn patched<I: Patchable>(name: &str, value: &MaybeUndefined<I::Patch>) -> AppResult<Option<I>> {
    match value {
        MaybeUndefined::Undefined => Ok(None),
        MaybeUndefined::Null => I::cleared().map(Some).ok_or_else(|| {
            AppError::BadUserInput(format!(
                "`patch.{}` cannot be null; leave it out to keep it",
                graphql_name(name)
            ))
        }),
        MaybeUndefined::Value(value) => Ok(Some(I::given(value.clone()))),
    }
}

/// Sets the record's `field` as the patch's field `name` says: kept when left out, cleared
/// when `null`, replaced by a value.
pub fn patch_field<I: Patchable, R: FromInput<I>>(
    field: &mut R,
    name: &str,
    value: &MaybeUndefined<I::Patch>,
) -> AppResult<()> {
    if let Some(input) = patched::<I>(name, value)? {
        *field = converted(name, input)?;
    }
    Ok(())
}

/// Notes the patch's field `name` in `request` as `file`, as the record's field (which
/// `_field` reads) writes it; `null` when cleared.
pub fn patch_request<K, I: Patchable, R: FromInput<I> + Serialize>(
    request: &mut Map<String, Value>,
    name: &str,
    file: &str,
    value: &MaybeUndefined<I::Patch>,
    _field: fn(&K) -> &R,
) -> AppResult<()> {
    if let Some(input) = patched::<I>(name, value)? {
        let noted = if input.left_out() {
            Value::Null
        } else {
            file_json(&converted::<I, R>(name, input)?)
        };
        request.insert(file.into(), noted);
    }
    Ok(())
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

/// The record's field an input field sets: the one of its former name where it has one
/// (inputs used to take the file format's names), else the one of its own.
macro_rules! record_field {
    ($record:ident, $field:ident) => {
        $record.$field
    };
    ($record:ident, $field:ident, $former:ident) => {
        $record.$former
    };
}

/// The name of an input field in the file format (see [`record_field!`]).
macro_rules! file_name {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident, $former:ident) => {
        stringify!($former)
    };
}

/// The record a create input makes: `[field former?] = value;` entries become the record's
/// fields, each named as [`record_field!`] says.
macro_rules! new_record {
    ($record:ident { $($done:tt)* }) => {
        $crate::kinds::$record { $($done)* }
    };
    ($record:ident { $($done:tt)* } [$field:ident] = $value:expr; $($rest:tt)*) => {
        new_record!($record { $($done)* $field: $value, } $($rest)*)
    };
    ($record:ident { $($done:tt)* } [$field:ident $former:ident] = $value:expr; $($rest:tt)*) => {
        new_record!($record { $($done)* $former: $value, } $($rest)*)
    };
}

/// Declares a kind's `…Input` and `…Patch` from one list of fields, named as the kind's output
/// type names them; `keeping first_key` names the record's fields the write side keeps itself
/// (new records start without). A field the file format names otherwise says so, `(formerly
/// name: "reason")`: inputs took the file format's names before, so the former name is kept as
/// a deprecated field that means the same.
macro_rules! record_inputs {
    ($(#[doc = $input_doc:literal])* $input:ident, $(#[doc = $patch_doc:literal])* $patch:ident
        for $record:ident $(keeping $($kept:ident),+)? {
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

        impl RecordInput<$crate::kinds::$record> for $input {
            async fn record(&self, _db: &Db) -> AppResult<($crate::kinds::$record, Value)> {
                let mut request = Map::new();
                let record = new_record!($record { $($($kept: Default::default(),)+)? } $(
                    [$field $($former)?] = input_field(
                        &mut request,
                        stringify!($field),
                        file_name!($field $(, $former)?),
                        field_value!(self, $field $(, $former)?),
                    )?;
                )+);
                Ok((record, Value::Object(request)))
            }
        }

        impl Edited for $crate::kinds::$record {
            type Input = $input;
            type Patch = $patch;
            const FIELDS: &'static [(&'static str, &'static str)] =
                &[$((file_name!($field $(, $former)?), stringify!($field))),+];
        }

        record_patch! {
            $(#[doc = $patch_doc])* $patch for $crate::kinds::$record {
                $($(#[doc = $doc])* $field $((formerly $former: $reason))?: $ty),+
            }
        }
    };
}

/// Declares a patch of `$record` from its fields, as [`record_inputs!`] does.
macro_rules! record_patch {
    ($(#[doc = $patch_doc:literal])* $patch:ident for $record:ty {
        $($(#[doc = $doc:literal])* $field:ident $((formerly $former:ident: $reason:literal))?: $ty:ty),+ $(,)?
    }) => {
        $(#[doc = $patch_doc])*
        #[derive(async_graphql::InputObject)]
        pub struct $patch {
            $(
                $(#[doc = $doc])* pub $field: MaybeUndefined<<$ty as Patchable>::Patch>,
                $(#[graphql(deprecation = $reason)] pub $former: MaybeUndefined<<$ty as Patchable>::Patch>,)?
            )+
        }

        impl Patch<$record> for $patch {
            fn apply(&self, record: &mut $record) -> AppResult<()> {
                $(
                    patch_field::<$ty, _>(
                        &mut record_field!(record, $field $(, $former)?),
                        stringify!($field),
                        field_value!(self, $field $(, $former)?),
                    )?;
                )+
                Ok(())
            }
        }

        impl PatchRequest for $patch {
            fn changes(&self) -> AppResult<Map<String, Value>> {
                let mut request = Map::new();
                $(
                    patch_request::<$record, $ty, _>(
                        &mut request,
                        stringify!($field),
                        file_name!($field $(, $former)?),
                        field_value!(self, $field $(, $former)?),
                        |record| &record_field!(record, $field $(, $former)?),
                    )?;
                )+
                Ok(request)
            }
        }
    };
}

record_inputs! {
    /// A new source.
    SourceInput,
    /// Changes to a source.
    SourcePatch for SourceRecord keeping first_key {
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
    CountryPatch for CountryRecord keeping first_key {
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
    CityPatch for CityRecord keeping first_key {
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
    OrganizationPatch for OrganizationRecord keeping first_key {
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
    PolicyExportPatch for PolicyExportRecord keeping first_key {
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
    EventPatch for EventRecord keeping first_key {
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

impl RecordInput<CitationEntry> for AddCitationInput {
    async fn record(&self, db: &Db) -> AppResult<(CitationEntry, Value)> {
        let id = NodeId::parse(&self.record)?;
        let citation = CitationEntry {
            record: citations::cited_row(db, NodeId::name(id.kind), &id.key).await?,
            source: self.source.clone(),
            locator: self.locator.clone(),
            reference: self.reference.clone(),
        };
        let request = json!(citation);
        Ok((citation, request))
    }
}

impl Edited for CitationEntry {
    type Input = AddCitationInput;
    type Patch = CitationPatch;
    const FIELDS: &'static [(&'static str, &'static str)] = &[];
}

record_patch! {
    /// Changes to a citation; the record it backs stays.
    CitationPatch for CitationEntry {
        /// The source's key.
        source: String,
        /// Where in the source.
        locator: String,
        /// The source's own in-text citation (it may hold line breaks and tabs); null clears it.
        reference: Option<String>,
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::MaybeUndefined::{Null, Undefined, Value as Given};
    use serde_json::json;

    use super::{AgreementPatch, CitationInput, CityPatch, PatchRequest};

    /// Idempotency keys remember a fingerprint of this form; a retry sent across versions of
    /// the server must still match it.
    #[test]
    fn a_patch_is_fingerprinted_in_the_file_format_as_before() {
        let patch = CityPatch {
            slug: Undefined,
            name_en: Undefined,
            name_ko: Null,
            wikidata_id: Undefined,
            kind: Given(super::CityKind::City),
            country: Undefined,
            latitude: Given(37.0),
            longitude: Given(126.5),
            sources: Given(vec![CitationInput {
                source: "jpi-2020".into(),
                locator: "p. 1".into(),
                reference: None,
            }]),
        };
        assert_eq!(
            json!(patch.changes().expect("a valid patch")),
            json!({
                "name_ko": null, "kind": "CITY", "latitude": 37, "longitude": 126.5,
                "sources": [{ "source": "jpi-2020", "locator": "p. 1" }],
            })
        );
        let cleared = AgreementPatch {
            parties: Undefined,
            kind: Undefined,
            signed_on: Undefined,
            signed: Given("1998".into()),
            ended_on: Null,
            ended: Undefined,
            status: Null,
            note: Undefined,
            sources: Undefined,
        };
        assert_eq!(
            json!(cleared.changes().expect("a valid patch")),
            json!({ "signed": "1998", "ended": null, "status": null })
        );
    }
}
