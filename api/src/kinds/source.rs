//! A source: a document, book, article, report, web page or dataset facts are cited from.

use entity::{SourceKind, source};
use serde::{Deserialize, Serialize};

use super::rules::checks;
use crate::dataset::RecordKind;
use crate::dataset::validate::{check_name, check_year};
use crate::service::editing::Editable;
use crate::service::search::{Document, Indexed, SearchKind, joined};

#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    pub key: String,
    /// The key the record was created with, once a rename has changed it: the record's
    /// global id is made of it. Left out while it is the current `key`.
    pub first_key: Option<String>,
    pub kind: SourceKind,
    pub title: String,
    pub authors: Option<String>,
    pub year: Option<i32>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
}

impl RecordKind for SourceRecord {
    keeps_first_key!(key);

    fn key(&self) -> String {
        self.key.clone()
    }
    fn check(&self) -> Vec<String> {
        checks([
            check_name("title", &self.title),
            self.year.map_or(Ok(()), |year| check_year("year", year)),
        ])
    }
    row_mapping! {
        source { key, first_key, kind, title, authors, year, publisher, url, language }
        to_row(&self, _refs) {
        }
        from_row(model, _refs) {
        }
    }
}

impl Editable for SourceRecord {
    const UNIQUE: &'static str = "key";
    fn document(model: &source::Model) -> Option<Document> {
        Some(model.document())
    }
}

impl Indexed for source::Model {
    fn document(&self) -> Document {
        let text = joined(&[
            Some(&self.title),
            self.authors.as_deref(),
            self.publisher.as_deref(),
        ]);
        (SearchKind::Source, self.key.clone(), text)
    }
}

identified!(SourceRecord: source "source" by first Key, edited);
