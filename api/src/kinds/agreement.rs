//! An agreement between two cities: sister, friendship or partnership.

use entity::{AgreementKind, AgreementStatus};
use sea_orm::{ActiveEnum, DatabaseTransaction};
use serde::{Deserialize, Serialize};

use super::rules::{checks, cited};
use crate::dataset::validate::check_partial_date;
use crate::dataset::{Citations, RecordKind};
use crate::error::AppResult;
use crate::service::distance;
use crate::service::editing::Editable;

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementRecord {
    pub parties: [String; 2],
    pub kind: AgreementKind,
    pub signed: Option<String>,
    pub ended: Option<String>,
    /// Left out of the file when the sources do not say (`UNKNOWN`).
    #[serde(default = "unknown_status", skip_serializing_if = "is_unknown_status")]
    pub status: AgreementStatus,
    pub note: Option<String>,
    pub sources: Citations,
}

fn unknown_status() -> AgreementStatus {
    AgreementStatus::Unknown
}

fn is_unknown_status(status: &AgreementStatus) -> bool {
    *status == AgreementStatus::Unknown
}

impl RecordKind for AgreementRecord {
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
    row_mapping! {
        agreement { kind, status, note }
        to_row(&self, refs) {
            party_a_id: refs.cities.id("city", &self.parties[0])?,
            party_b_id: refs.cities.id("city", &self.parties[1])?,
            signed_on: self.signed.clone(),
            ended_on: self.ended.clone(),
        }
        from_row(model, refs) {
            parties: {
                let mut parties = [
                    refs.cities.key(model.party_a_id),
                    refs.cities.key(model.party_b_id),
                ];
                parties.sort();
                parties
            },
            signed: model.signed_on.clone(),
            ended: model.ended_on.clone(),
            sources: Vec::new(),
        }
    }
}

impl Editable for AgreementRecord {
    const UNIQUE: &'static str = "parties and kind";
    fn cities(&self) -> Vec<String> {
        self.parties.to_vec()
    }
    async fn after_write(txn: &DatabaseTransaction, id: i32) -> AppResult<()> {
        distance::refresh_agreement_distance(txn, id).await
    }
}

identified!(AgreementRecord: agreement "agreement" by row id, edited);
