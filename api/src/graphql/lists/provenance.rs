//! Filters and orders of sources.

use async_graphql::{Enum, InputObject};
use entity::{citation, source};
use sea_orm::Condition;

use super::Key;
use super::{
    EnumFilter, Filter, IntFilter, OrderField, StringFilter, count_children, field, integer, logic,
    text,
};
use crate::error::AppResult;
use crate::graphql::vocabulary::SourceKind;
use crate::service::filter::Scope;

/// Conditions on sources; every condition given must hold.
#[derive(InputObject, Debug, Clone)]
pub struct SourceFilter {
    /// Every one of these filters matches.
    pub and: Option<Vec<SourceFilter>>,
    /// At least one of these filters matches.
    pub or: Option<Vec<SourceFilter>>,
    /// This filter does not match.
    pub not: Option<Box<SourceFilter>>,
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

impl Filter for SourceFilter {
    fn compile(&self, scope: &Scope) -> AppResult<Condition> {
        let mut all = logic(scope, &self.and, &self.or, &self.not)?;
        all = field(all, &self.key, scope.col(source::Column::Key))?;
        all = field(all, &self.kind, scope.col(source::Column::Kind))?;
        all = field(all, &self.title, scope.col(source::Column::Title))?;
        all = field(all, &self.authors, scope.col(source::Column::Authors))?;
        all = field(all, &self.year, scope.col(source::Column::Year))?;
        all = field(all, &self.publisher, scope.col(source::Column::Publisher))?;
        field(all, &self.language, scope.col(source::Column::Language))
    }
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
