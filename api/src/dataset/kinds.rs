//! How each record kind maps between its file record and its table: its natural key, the
//! references it resolves, and the citations it carries. The importer and the exporter are
//! generic over [`RecordKind`], so a new kind is one impl here.

use std::collections::{BTreeMap, HashMap};

use entity::*;
use sea_orm::{ActiveEnum, ActiveValue::Set, DatabaseTransaction, EntityTrait, IntoActiveModel};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::records::*;
use super::validate::{
    KeyShape, check_code, check_key, check_name, check_optional_name, check_partial_date,
    check_text, check_year,
};

/// Natural keys and database ids of the records other records refer to, both ways.
#[derive(Default)]
pub struct Refs {
    pub sources: KeyMap,
    pub groups: KeyMap,
    pub countries: KeyMap,
    pub cities: KeyMap,
    pub organizations: KeyMap,
    /// Country id → codes of the groups it belongs to, in order.
    pub country_groups: HashMap<i32, Vec<String>>,
}

/// The id of a record that validation knows from the files but that is not stored yet.
const PENDING_ID: i32 = -1;

#[derive(Default)]
pub struct KeyMap {
    ids: HashMap<String, i32>,
    keys: HashMap<i32, String>,
}

impl KeyMap {
    pub fn insert(&mut self, key: String, id: i32) {
        self.keys.insert(id, key.clone());
        self.ids.insert(key, id);
    }

    /// The id of `key`, or a reason naming what is missing.
    pub fn id(&self, what: &str, key: &str) -> Result<i32, String> {
        self.ids
            .get(key)
            .copied()
            .ok_or_else(|| format!("unknown {what} `{key}`"))
    }

    pub fn optional_id(&self, what: &str, key: Option<&String>) -> Result<Option<i32>, String> {
        key.map(|key| self.id(what, key)).transpose()
    }

    /// Adds a key that is about to be imported, with no id yet, unless it is already stored.
    pub fn insert_pending(&mut self, key: String) {
        self.ids.entry(key).or_insert(PENDING_ID);
    }

    pub fn key(&self, id: i32) -> String {
        self.keys.get(&id).cloned().unwrap_or_default()
    }

    pub fn optional_key(&self, id: Option<i32>) -> Option<String> {
        id.map(|id| self.key(id))
    }
}

pub trait RecordKind: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync {
    type Entity: EntityTrait<Model = Self::Model>;
    type Model: IntoActiveModel<<Self::Entity as EntityTrait>::ActiveModel> + Clone + Send + Sync;

    /// The file the records live in.
    const FILE: &'static str;
    /// The column of `citation` that points at this kind, for kinds that carry citations.
    const CITED_BY: Option<citation::Column>;

    /// The natural key: unique within the kind, stable across databases.
    fn key(&self) -> String;
    /// What the record is known by for its whole life, renames included: its first natural
    /// key, of which its global id is made (kinds identified by row id have no other).
    fn identity(&self) -> String {
        self.key()
    }
    /// Makes `identity` the record's identity (see `keeps_first_key!`).
    fn set_identity(&mut self, _identity: String) {}
    /// Checks of the record on its own: keys, names, formats, ranges, required citations.
    fn check(&self) -> Vec<String>;
    /// Every check of the record on its own: the kind's, and the rule for control characters
    /// in text. Imports and edits both ask this.
    fn problems(&self) -> Vec<String> {
        let mut problems = self.check();
        problems.extend(check_text(self));
        problems
    }
    /// The row to store (without its id), resolving references through `refs`.
    fn to_row(&self, refs: &Refs) -> Result<<Self::Entity as EntityTrait>::ActiveModel, String>;
    /// The record of a stored row, citations left empty.
    fn from_row(model: &Self::Model, refs: &Refs) -> Self;
    fn id(model: &Self::Model) -> i32;
    fn citations(&self) -> &[CitationRecord] {
        &[]
    }
    fn set_citations(&mut self, _citations: Citations) {}
    /// Normalizes a record as read from a file (the importer stores the normalized form).
    fn normalize(&mut self) {}
    /// The record as stored: normalized, its first key left out while it is its key.
    fn canonical(mut self) -> Self {
        self.normalize();
        let identity = self.identity();
        self.set_identity(identity);
        self
    }
    /// Where other kinds look this kind's keys up, for kinds that are referred to.
    fn key_map(_refs: &mut Refs) -> Option<&mut KeyMap> {
        None
    }
    /// Writes what the kind stores beside its own table.
    fn write_extra(
        _records: &[Self],
        _txn: &DatabaseTransaction,
        _refs: &mut Refs,
    ) -> impl Future<Output = Result<(), sea_orm::DbErr>> + Send {
        async { Ok(()) }
    }
}

fn cited(record_sources: &Citations) -> Vec<String> {
    if record_sources.is_empty() {
        vec!["`sources` is empty: every fact needs at least one citation".into()]
    } else {
        Vec::new()
    }
}

fn checks(results: impl IntoIterator<Item = Result<(), String>>) -> Vec<String> {
    results.into_iter().filter_map(Result::err).collect()
}

/// At least one of the English and Korean names (`field` is `name` or `title`), and neither
/// given empty.
fn some_name(field: &str, en: &Option<String>, ko: &Option<String>) -> Vec<String> {
    if en.is_none() && ko.is_none() {
        return vec![format!("needs `{field}_en` or `{field}_ko`")];
    }
    checks([
        check_optional_name(&format!("{field}_en"), en.as_ref()),
        check_optional_name(&format!("{field}_ko"), ko.as_ref()),
    ])
}

/// Both the English and the Korean name, neither empty.
fn both_names(en: &str, ko: &str) -> [Result<(), String>; 2] {
    [check_name("name_en", en), check_name("name_ko", ko)]
}

/// Checks of a natural key and of the first key a rename kept, both of one shape.
fn key_checks(
    check: impl Fn(&str, &str) -> Result<(), String>,
    field: &str,
    key: &str,
    first_key: Option<&String>,
) -> [Result<(), String>; 2] {
    [
        check(field, key),
        first_key.map_or(Ok(()), |first| check("first_key", first)),
    ]
}

fn slug_checks(field: &str, key: &str, first_key: Option<&String>) -> [Result<(), String>; 2] {
    key_checks(
        |field, key| check_key(KeyShape::Slug, field, key),
        field,
        key,
        first_key,
    )
}

/// Implements the identity of a kind that editors may rename: its natural key is `$key`, and
/// `first_key` keeps the one it was created with once a rename changes it (left out until
/// then, so a record's file and row only say so when it matters).
macro_rules! keeps_first_key {
    ($key:ident) => {
        fn identity(&self) -> String {
            self.first_key.clone().unwrap_or_else(|| self.$key.clone())
        }
        fn set_identity(&mut self, identity: String) {
            self.first_key = (identity != self.$key).then_some(identity);
        }
    };
}

/// Implements the citation accessors for a record kind whose citations are in `sources`.
macro_rules! carries_citations {
    () => {
        fn citations(&self) -> &[CitationRecord] {
            &self.sources
        }
        fn set_citations(&mut self, citations: Citations) {
            self.sources = citations;
        }
    };
}

impl RecordKind for SourceRecord {
    type Entity = source::Entity;
    type Model = source::Model;
    const FILE: &'static str = "sources.json";
    const CITED_BY: Option<citation::Column> = None;

    keeps_first_key!(key);

    fn key(&self) -> String {
        self.key.clone()
    }
    fn check(&self) -> Vec<String> {
        let [key, first_key] = slug_checks("key", &self.key, self.first_key.as_ref());
        checks([
            key,
            first_key,
            check_name("title", &self.title),
            self.year.map_or(Ok(()), |year| check_year("year", year)),
        ])
    }
    fn to_row(&self, _refs: &Refs) -> Result<source::ActiveModel, String> {
        Ok(source::ActiveModel {
            key: Set(self.key.clone()),
            first_key: Set(self.first_key.clone()),
            kind: Set(self.kind),
            title: Set(self.title.clone()),
            authors: Set(self.authors.clone()),
            year: Set(self.year),
            publisher: Set(self.publisher.clone()),
            url: Set(self.url.clone()),
            language: Set(self.language.clone()),
            ..Default::default()
        })
    }
    fn from_row(model: &source::Model, _refs: &Refs) -> Self {
        Self {
            key: model.key.clone(),
            first_key: model.first_key.clone(),
            kind: model.kind,
            title: model.title.clone(),
            authors: model.authors.clone(),
            year: model.year,
            publisher: model.publisher.clone(),
            url: model.url.clone(),
            language: model.language.clone(),
        }
    }
    fn id(model: &source::Model) -> i32 {
        model.id
    }
    fn key_map(refs: &mut Refs) -> Option<&mut KeyMap> {
        Some(&mut refs.sources)
    }
}

impl RecordKind for CountryGroupRecord {
    type Entity = country_group::Entity;
    type Model = country_group::Model;
    const FILE: &'static str = "country_groups.json";
    const CITED_BY: Option<citation::Column> = None;

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
    fn to_row(&self, _refs: &Refs) -> Result<country_group::ActiveModel, String> {
        Ok(country_group::ActiveModel {
            code: Set(self.code.clone()),
            name_en: Set(self.name_en.clone()),
            name_ko: Set(self.name_ko.clone()),
            ..Default::default()
        })
    }
    fn from_row(model: &country_group::Model, _refs: &Refs) -> Self {
        Self {
            code: model.code.clone(),
            name_en: model.name_en.clone(),
            name_ko: model.name_ko.clone(),
        }
    }
    fn id(model: &country_group::Model) -> i32 {
        model.id
    }
    fn key_map(refs: &mut Refs) -> Option<&mut KeyMap> {
        Some(&mut refs.groups)
    }
}

impl RecordKind for CountryRecord {
    type Entity = country::Entity;
    type Model = country::Model;
    const FILE: &'static str = "countries.json";
    const CITED_BY: Option<citation::Column> = None;

    keeps_first_key!(code);

    fn key(&self) -> String {
        self.code.clone()
    }
    fn check(&self) -> Vec<String> {
        let [code, first_key] = key_checks(check_code, "code", &self.code, self.first_key.as_ref());
        let [name_en, name_ko] = both_names(&self.name_en, &self.name_ko);
        checks([code, first_key, name_en, name_ko])
    }
    fn normalize(&mut self) {
        self.groups.sort();
        self.groups.dedup();
    }
    fn to_row(&self, refs: &Refs) -> Result<country::ActiveModel, String> {
        for group in &self.groups {
            refs.groups.id("country group", group)?;
        }
        Ok(country::ActiveModel {
            code: Set(self.code.clone()),
            first_key: Set(self.first_key.clone()),
            name_en: Set(self.name_en.clone()),
            name_ko: Set(self.name_ko.clone()),
            continent: Set(self.continent),
            ..Default::default()
        })
    }
    fn from_row(model: &country::Model, refs: &Refs) -> Self {
        Self {
            code: model.code.clone(),
            first_key: model.first_key.clone(),
            name_en: model.name_en.clone(),
            name_ko: model.name_ko.clone(),
            continent: model.continent,
            groups: refs
                .country_groups
                .get(&model.id)
                .cloned()
                .unwrap_or_default(),
        }
    }
    fn id(model: &country::Model) -> i32 {
        model.id
    }
    fn key_map(refs: &mut Refs) -> Option<&mut KeyMap> {
        Some(&mut refs.countries)
    }
    async fn write_extra(
        records: &[Self],
        txn: &DatabaseTransaction,
        refs: &mut Refs,
    ) -> Result<(), sea_orm::DbErr> {
        super::import::sync_country_groups(records, txn, refs).await
    }
}

impl RecordKind for CityRecord {
    type Entity = city::Entity;
    type Model = city::Model;
    const FILE: &'static str = "cities.json";
    const CITED_BY: Option<citation::Column> = Some(citation::Column::CityId);
    carries_citations!();

    keeps_first_key!(slug);

    fn key(&self) -> String {
        self.slug.clone()
    }
    fn check(&self) -> Vec<String> {
        let [slug, first_key] = slug_checks("slug", &self.slug, self.first_key.as_ref());
        let [name_en, name_ko] = both_names(&self.name_en, &self.name_ko);
        let mut problems = checks([slug, first_key, name_en, name_ko]);
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
    fn to_row(&self, refs: &Refs) -> Result<city::ActiveModel, String> {
        Ok(city::ActiveModel {
            slug: Set(self.slug.clone()),
            first_key: Set(self.first_key.clone()),
            name_en: Set(self.name_en.clone()),
            name_ko: Set(self.name_ko.clone()),
            kind: Set(self.kind),
            country_id: Set(refs.countries.id("country", &self.country)?),
            latitude: Set(self.latitude),
            longitude: Set(self.longitude),
            ..Default::default()
        })
    }
    fn from_row(model: &city::Model, refs: &Refs) -> Self {
        Self {
            slug: model.slug.clone(),
            first_key: model.first_key.clone(),
            name_en: model.name_en.clone(),
            name_ko: model.name_ko.clone(),
            kind: model.kind,
            country: refs.countries.key(model.country_id),
            latitude: model.latitude,
            longitude: model.longitude,
            sources: Vec::new(),
        }
    }
    fn id(model: &city::Model) -> i32 {
        model.id
    }
    fn key_map(refs: &mut Refs) -> Option<&mut KeyMap> {
        Some(&mut refs.cities)
    }
}

impl RecordKind for OrganizationRecord {
    type Entity = organization::Entity;
    type Model = organization::Model;
    const FILE: &'static str = "organizations.json";
    const CITED_BY: Option<citation::Column> = Some(citation::Column::OrganizationId);
    carries_citations!();

    keeps_first_key!(slug);

    fn key(&self) -> String {
        self.slug.clone()
    }
    fn check(&self) -> Vec<String> {
        let [slug, first_key] = slug_checks("slug", &self.slug, self.first_key.as_ref());
        let [name_en, name_ko] = both_names(&self.name_en, &self.name_ko);
        let mut problems = cited(&self.sources);
        problems.extend(checks([
            slug,
            first_key,
            name_en,
            name_ko,
            check_optional_name("acronym", self.acronym.as_ref()),
            self.founded_year
                .map_or(Ok(()), |year| check_year("founded_year", year)),
        ]));
        problems
    }
    fn to_row(&self, refs: &Refs) -> Result<organization::ActiveModel, String> {
        Ok(organization::ActiveModel {
            slug: Set(self.slug.clone()),
            first_key: Set(self.first_key.clone()),
            acronym: Set(self.acronym.clone()),
            name_en: Set(self.name_en.clone()),
            name_ko: Set(self.name_ko.clone()),
            kind: Set(self.kind),
            founded_year: Set(self.founded_year),
            headquarters_id: Set(refs
                .cities
                .optional_id("headquarters city", self.headquarters.as_ref())?),
            ..Default::default()
        })
    }
    fn from_row(model: &organization::Model, refs: &Refs) -> Self {
        Self {
            slug: model.slug.clone(),
            first_key: model.first_key.clone(),
            acronym: model.acronym.clone(),
            name_en: model.name_en.clone(),
            name_ko: model.name_ko.clone(),
            kind: model.kind,
            founded_year: model.founded_year,
            headquarters: refs.cities.optional_key(model.headquarters_id),
            sources: Vec::new(),
        }
    }
    fn id(model: &organization::Model) -> i32 {
        model.id
    }
    fn key_map(refs: &mut Refs) -> Option<&mut KeyMap> {
        Some(&mut refs.organizations)
    }
}

impl RecordKind for AgreementRecord {
    type Entity = agreement::Entity;
    type Model = agreement::Model;
    const FILE: &'static str = "agreements.json";
    const CITED_BY: Option<citation::Column> = Some(citation::Column::AgreementId);
    carries_citations!();

    fn key(&self) -> String {
        format!(
            "{} {} {}",
            self.parties[0],
            self.parties[1],
            self.kind.to_value()
        )
    }
    fn check(&self) -> Vec<String> {
        let mut problems = cited(&self.sources);
        if self.parties[0] == self.parties[1] {
            problems.push("the two `parties` must be different cities".into());
        }
        problems.extend(checks([
            self.signed
                .as_deref()
                .map_or(Ok(()), |date| check_partial_date("signed", date)),
            self.ended
                .as_deref()
                .map_or(Ok(()), |date| check_partial_date("ended", date)),
        ]));
        if let (Some(signed), Some(ended)) = (&self.signed, &self.ended)
            && ended < signed
        {
            problems.push(format!("`ended` ({ended}) is before `signed` ({signed})"));
        }
        problems
    }
    fn normalize(&mut self) {
        self.parties.sort();
    }
    fn to_row(&self, refs: &Refs) -> Result<agreement::ActiveModel, String> {
        Ok(agreement::ActiveModel {
            party_a_id: Set(refs.cities.id("city", &self.parties[0])?),
            party_b_id: Set(refs.cities.id("city", &self.parties[1])?),
            kind: Set(self.kind),
            signed_on: Set(self.signed.clone()),
            ended_on: Set(self.ended.clone()),
            status: Set(self.status),
            note: Set(self.note.clone()),
            ..Default::default()
        })
    }
    fn from_row(model: &agreement::Model, refs: &Refs) -> Self {
        let mut parties = [
            refs.cities.key(model.party_a_id),
            refs.cities.key(model.party_b_id),
        ];
        parties.sort();
        Self {
            parties,
            kind: model.kind,
            signed: model.signed_on.clone(),
            ended: model.ended_on.clone(),
            status: model.status,
            note: model.note.clone(),
            sources: Vec::new(),
        }
    }
    fn id(model: &agreement::Model) -> i32 {
        model.id
    }
}

impl RecordKind for MembershipRecord {
    type Entity = membership::Entity;
    type Model = membership::Model;
    const FILE: &'static str = "memberships.json";
    const CITED_BY: Option<citation::Column> = Some(citation::Column::MembershipId);
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
    fn to_row(&self, refs: &Refs) -> Result<membership::ActiveModel, String> {
        Ok(membership::ActiveModel {
            city_id: Set(refs.cities.id("city", &self.city)?),
            organization_id: Set(refs.organizations.id("organization", &self.organization)?),
            role: Set(self.role),
            joined_year: Set(self.joined_year),
            left_year: Set(self.left_year),
            note: Set(self.note.clone()),
            ..Default::default()
        })
    }
    fn from_row(model: &membership::Model, refs: &Refs) -> Self {
        Self {
            city: refs.cities.key(model.city_id),
            organization: refs.organizations.key(model.organization_id),
            role: model.role,
            joined_year: model.joined_year,
            left_year: model.left_year,
            note: model.note.clone(),
            sources: Vec::new(),
        }
    }
    fn id(model: &membership::Model) -> i32 {
        model.id
    }
}

impl RecordKind for HostedOfficeRecord {
    type Entity = hosted_office::Entity;
    type Model = hosted_office::Model;
    const FILE: &'static str = "hosted_offices.json";
    const CITED_BY: Option<citation::Column> = Some(citation::Column::HostedOfficeId);
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
    fn to_row(&self, refs: &Refs) -> Result<hosted_office::ActiveModel, String> {
        Ok(hosted_office::ActiveModel {
            organization_id: Set(refs.organizations.id("organization", &self.organization)?),
            city_id: Set(refs.cities.id("city", &self.city)?),
            kind: Set(self.kind),
            name_en: Set(self.name_en.clone()),
            name_ko: Set(self.name_ko.clone()),
            opened_year: Set(self.opened_year),
            ..Default::default()
        })
    }
    fn from_row(model: &hosted_office::Model, refs: &Refs) -> Self {
        Self {
            organization: refs.organizations.key(model.organization_id),
            city: refs.cities.key(model.city_id),
            kind: model.kind,
            name_en: model.name_en.clone(),
            name_ko: model.name_ko.clone(),
            opened_year: model.opened_year,
            sources: Vec::new(),
        }
    }
    fn id(model: &hosted_office::Model) -> i32 {
        model.id
    }
}

impl RecordKind for PolicyExportRecord {
    type Entity = policy_export::Entity;
    type Model = policy_export::Model;
    const FILE: &'static str = "policy_exports.json";
    const CITED_BY: Option<citation::Column> = Some(citation::Column::PolicyExportId);
    carries_citations!();

    keeps_first_key!(slug);

    fn key(&self) -> String {
        self.slug.clone()
    }
    fn check(&self) -> Vec<String> {
        let [slug, first_key] = slug_checks("slug", &self.slug, self.first_key.as_ref());
        let mut problems = cited(&self.sources);
        problems.extend(some_name("title", &self.title_en, &self.title_ko));
        problems.extend(checks([
            slug,
            first_key,
            self.year.map_or(Ok(()), |year| check_year("year", year)),
        ]));
        if self.budget_krw.is_some_and(|krw| krw < 0)
            || self.exporter_share_krw.is_some_and(|krw| krw < 0)
        {
            problems.push("amounts of money cannot be negative".into());
        }
        problems
    }
    fn to_row(&self, refs: &Refs) -> Result<policy_export::ActiveModel, String> {
        Ok(policy_export::ActiveModel {
            slug: Set(self.slug.clone()),
            first_key: Set(self.first_key.clone()),
            exporter_id: Set(refs.cities.id("city", &self.exporter)?),
            partner_id: Set(refs.cities.optional_id("city", self.partner.as_ref())?),
            title_en: Set(self.title_en.clone()),
            title_ko: Set(self.title_ko.clone()),
            sector: Set(self.sector),
            subsector: Set(self.subsector.clone()),
            mode: Set(self.mode),
            year: Set(self.year),
            budget_krw: Set(self.budget_krw),
            exporter_share_krw: Set(self.exporter_share_krw),
            note: Set(self.note.clone()),
            ..Default::default()
        })
    }
    fn from_row(model: &policy_export::Model, refs: &Refs) -> Self {
        Self {
            slug: model.slug.clone(),
            first_key: model.first_key.clone(),
            exporter: refs.cities.key(model.exporter_id),
            partner: refs.cities.optional_key(model.partner_id),
            title_en: model.title_en.clone(),
            title_ko: model.title_ko.clone(),
            sector: model.sector,
            subsector: model.subsector.clone(),
            mode: model.mode,
            year: model.year,
            budget_krw: model.budget_krw,
            exporter_share_krw: model.exporter_share_krw,
            note: model.note.clone(),
            sources: Vec::new(),
        }
    }
    fn id(model: &policy_export::Model) -> i32 {
        model.id
    }
}

impl RecordKind for EventRecord {
    type Entity = event::Entity;
    type Model = event::Model;
    const FILE: &'static str = "events.json";
    const CITED_BY: Option<citation::Column> = Some(citation::Column::EventId);
    carries_citations!();

    keeps_first_key!(slug);

    fn key(&self) -> String {
        self.slug.clone()
    }
    fn check(&self) -> Vec<String> {
        let [slug, first_key] = slug_checks("slug", &self.slug, self.first_key.as_ref());
        let mut problems = cited(&self.sources);
        problems.extend(some_name("name", &self.name_en, &self.name_ko));
        problems.extend(checks([
            slug,
            first_key,
            self.start
                .as_deref()
                .map_or(Ok(()), |date| check_partial_date("start", date)),
            self.end
                .as_deref()
                .map_or(Ok(()), |date| check_partial_date("end", date)),
        ]));
        problems
    }
    fn to_row(&self, refs: &Refs) -> Result<event::ActiveModel, String> {
        Ok(event::ActiveModel {
            slug: Set(self.slug.clone()),
            first_key: Set(self.first_key.clone()),
            name_en: Set(self.name_en.clone()),
            name_ko: Set(self.name_ko.clone()),
            kind: Set(self.kind),
            host_id: Set(refs.cities.optional_id("host city", self.host.as_ref())?),
            starts_on: Set(self.start.clone()),
            ends_on: Set(self.end.clone()),
            organizer_id: Set(refs
                .organizations
                .optional_id("organizer", self.organizer.as_ref())?),
            note: Set(self.note.clone()),
            ..Default::default()
        })
    }
    fn from_row(model: &event::Model, refs: &Refs) -> Self {
        Self {
            slug: model.slug.clone(),
            first_key: model.first_key.clone(),
            name_en: model.name_en.clone(),
            name_ko: model.name_ko.clone(),
            kind: model.kind,
            host: refs.cities.optional_key(model.host_id),
            start: model.starts_on.clone(),
            end: model.ends_on.clone(),
            organizer: refs.organizations.optional_key(model.organizer_id),
            note: model.note.clone(),
            sources: Vec::new(),
        }
    }
    fn id(model: &event::Model) -> i32 {
        model.id
    }
}

impl RecordKind for ProgramRecord {
    type Entity = program::Entity;
    type Model = program::Model;
    const FILE: &'static str = "programs.json";
    const CITED_BY: Option<citation::Column> = Some(citation::Column::ProgramId);
    carries_citations!();

    fn key(&self) -> String {
        self.slug.clone()
    }
    fn check(&self) -> Vec<String> {
        let mut problems = cited(&self.sources);
        problems.extend(some_name("name", &self.name_en, &self.name_ko));
        problems.extend(checks([
            check_key(KeyShape::Slug, "slug", &self.slug),
            self.start_year
                .map_or(Ok(()), |year| check_year("start_year", year)),
            self.end_year
                .map_or(Ok(()), |year| check_year("end_year", year)),
        ]));
        problems
    }
    fn to_row(&self, refs: &Refs) -> Result<program::ActiveModel, String> {
        Ok(program::ActiveModel {
            slug: Set(self.slug.clone()),
            city_id: Set(refs.cities.id("city", &self.city)?),
            partner_id: Set(refs
                .cities
                .optional_id("partner city", self.partner.as_ref())?),
            name_en: Set(self.name_en.clone()),
            name_ko: Set(self.name_ko.clone()),
            kind: Set(self.kind),
            start_year: Set(self.start_year),
            end_year: Set(self.end_year),
            summary: Set(self.summary.clone()),
            ..Default::default()
        })
    }
    fn from_row(model: &program::Model, refs: &Refs) -> Self {
        Self {
            slug: model.slug.clone(),
            city: refs.cities.key(model.city_id),
            partner: refs.cities.optional_key(model.partner_id),
            name_en: model.name_en.clone(),
            name_ko: model.name_ko.clone(),
            kind: model.kind,
            start_year: model.start_year,
            end_year: model.end_year,
            summary: model.summary.clone(),
            sources: Vec::new(),
        }
    }
    fn id(model: &program::Model) -> i32 {
        model.id
    }
}

impl RecordKind for StatisticRecord {
    type Entity = statistic::Entity;
    type Model = statistic::Model;
    const FILE: &'static str = "statistics.json";
    const CITED_BY: Option<citation::Column> = Some(citation::Column::StatisticId);
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
    fn to_row(&self, refs: &Refs) -> Result<statistic::ActiveModel, String> {
        Ok(statistic::ActiveModel {
            metric: Set(self.metric.clone()),
            city_id: Set(refs.cities.optional_id("city", self.city.as_ref())?),
            organization_id: Set(refs
                .organizations
                .optional_id("organization", self.organization.as_ref())?),
            dimension: Set(self.dimension.clone()),
            value: Set(self.value.as_f64().unwrap_or_default()),
            unit: Set(self.unit.clone()),
            as_of: Set(self.as_of.clone()),
            note: Set(self.note.clone()),
            ..Default::default()
        })
    }
    fn from_row(model: &statistic::Model, refs: &Refs) -> Self {
        Self {
            metric: model.metric.clone(),
            city: refs.cities.optional_key(model.city_id),
            organization: refs.organizations.optional_key(model.organization_id),
            dimension: model.dimension.clone(),
            value: number(model.value),
            unit: model.unit.clone(),
            as_of: model.as_of.clone(),
            note: model.note.clone(),
            sources: Vec::new(),
        }
    }
    fn id(model: &statistic::Model) -> i32 {
        model.id
    }
    fn normalize(&mut self) {
        if let Some(value) = self.value.as_f64() {
            self.value = number(value);
        }
    }
}

/// Integers print as integers; a value such as 609 must not come back as 609.0.
fn number(value: f64) -> serde_json::Number {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every integer below is exact in f64
    if value.fract() == 0.0 && value.abs() < EXACT {
        serde_json::Number::from(value as i64)
    } else {
        serde_json::Number::from_f64(value).unwrap_or_else(|| serde_json::Number::from(0))
    }
}

impl RecordKind for PeriodRecord {
    type Entity = period::Entity;
    type Model = period::Model;
    const FILE: &'static str = "periods.json";
    const CITED_BY: Option<citation::Column> = Some(citation::Column::PeriodId);
    carries_citations!();

    fn key(&self) -> String {
        format!("{} {}", self.city, self.start_year)
    }
    fn check(&self) -> Vec<String> {
        let mut problems = cited(&self.sources);
        problems.extend(some_name("name", &self.name_en, &self.name_ko));
        problems.extend(checks([
            check_year("start_year", self.start_year),
            self.end_year
                .map_or(Ok(()), |year| check_year("end_year", year)),
        ]));
        problems
    }
    fn to_row(&self, refs: &Refs) -> Result<period::ActiveModel, String> {
        Ok(period::ActiveModel {
            city_id: Set(refs.cities.id("city", &self.city)?),
            name_en: Set(self.name_en.clone()),
            name_ko: Set(self.name_ko.clone()),
            start_year: Set(self.start_year),
            end_year: Set(self.end_year),
            summary: Set(self.summary.clone()),
            ..Default::default()
        })
    }
    fn from_row(model: &period::Model, refs: &Refs) -> Self {
        Self {
            city: refs.cities.key(model.city_id),
            name_en: model.name_en.clone(),
            name_ko: model.name_ko.clone(),
            start_year: model.start_year,
            end_year: model.end_year,
            summary: model.summary.clone(),
            sources: Vec::new(),
        }
    }
    fn id(model: &period::Model) -> i32 {
        model.id
    }
}

/// Citations of one kind's records, by record id, in the order they were stored.
pub type CitationsById = BTreeMap<i32, Citations>;
