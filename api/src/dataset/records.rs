//! The dataset's file format: one JSON array per record kind, as described in `data/README.md`.
//! Fields that are unknown are left out of the files (never written as `null`).

use entity::*;
use serde::{Deserialize, Serialize};

/// Where a fact comes from: a source, where in it, and the source's own in-text citation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationRecord {
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

pub type Citations = Vec<CitationRecord>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    pub key: String,
    /// The key the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_key: Option<String>,
    pub kind: SourceKind,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryGroupRecord {
    pub code: String,
    pub name_en: String,
    pub name_ko: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryRecord {
    pub code: String,
    /// The code the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `code`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_key: Option<String>,
    pub name_en: String,
    pub name_ko: String,
    pub continent: Continent,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CityRecord {
    pub slug: String,
    /// The slug the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `slug`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_key: Option<String>,
    pub name_en: String,
    pub name_ko: String,
    pub kind: CityKind,
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Citations,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementRecord {
    pub parties: [String; 2],
    pub kind: AgreementKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<String>,
    /// Left out of the file when the sources do not say (`UNKNOWN`).
    #[serde(default = "unknown_status", skip_serializing_if = "is_unknown_status")]
    pub status: AgreementStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Citations,
}

fn unknown_status() -> AgreementStatus {
    AgreementStatus::Unknown
}

fn is_unknown_status(status: &AgreementStatus) -> bool {
    *status == AgreementStatus::Unknown
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationRecord {
    pub slug: String,
    /// The slug the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `slug`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    pub name_en: String,
    pub name_ko: String,
    pub kind: OrganizationKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headquarters: Option<String>,
    pub sources: Citations,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembershipRecord {
    pub city: String,
    pub organization: String,
    pub role: MembershipRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Citations,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostedOfficeRecord {
    pub organization: String,
    pub city: String,
    pub kind: OfficeKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_ko: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened_year: Option<i32>,
    pub sources: Citations,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyExportRecord {
    pub slug: String,
    /// The slug the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `slug`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_key: Option<String>,
    pub exporter: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_ko: Option<String>,
    pub sector: PolicySector,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subsector: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<DeliveryMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_krw: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exporter_share_krw: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Citations,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRecord {
    pub slug: String,
    /// The slug the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `slug`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_ko: Option<String>,
    pub kind: EventKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organizer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Citations,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramRecord {
    pub slug: String,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_ko: Option<String>,
    pub kind: ProgramKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub sources: Citations,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatisticRecord {
    pub metric: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<String>,
    /// Kept as written (integers stay integers) so that export reproduces the file.
    pub value: serde_json::Number,
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Citations,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodRecord {
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_ko: Option<String>,
    pub start_year: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub sources: Citations,
}
