//! Filters and orders of sources.

use async_graphql::Enum;
use entity::{citation, source};
use paradiplo_macros::{Filter, filter_input};

use super::Key;
use super::{EnumFilter, IntFilter, OrderField, StringFilter, count_children, integer, text};
use crate::error::AppResult;
use crate::graphql::vocabulary::SourceKind;
use crate::service::filter::Scope;

/// Conditions on sources; every condition given must hold.
#[filter_input(table = source)]
pub struct SourceFilter {
    /// The key, such as `jpi-2020`.
    pub key: Option<StringFilter>,
    /// The kind of publication.
    pub kind: Option<EnumFilter<SourceKind>>,
    /// The title.
    pub title: Option<StringFilter>,
    /// The authors.
    pub authors: Option<StringFilter>,
    /// The year of publication.
    pub year: Option<IntFilter>,
    /// The publisher.
    pub publisher: Option<StringFilter>,
    /// The language code.
    pub language: Option<StringFilter>,
}

/// What sources can be ordered by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum SourceOrderField {
    /// The key.
    Key,
    /// The title.
    Title,
    /// The year of publication.
    Year,
    /// The kind.
    Kind,
    /// How many facts cite it.
    CitationCount,
}

impl OrderField for SourceOrderField {
    fn key(self, scope: &Scope) -> AppResult<Key> {
        Ok(match self {
            Self::Key => text(scope.col(source::Column::Key)).not_null(),
            Self::Title => text(scope.col(source::Column::Title)).not_null(),
            Self::Year => integer(scope.col(source::Column::Year)),
            Self::Kind => text(scope.col(source::Column::Kind)).not_null(),
            Self::CitationCount => {
                count_children::<citation::Entity>(scope, citation::Column::SourceId)?
            }
        })
    }
}
