//! What several kinds share: checks of names and keys, the identity of kinds editors may
//! rename, citations, and the mapping of fields a record and its row hold alike. Macros here
//! are used by the kind modules and by code the registry generates.

use crate::dataset::Citations;
use crate::dataset::validate::{KeyShape, check_key, check_name, check_optional_name};

/// `Some($value)`, or `None` when the registry gives no value.
macro_rules! some {
    () => {
        None
    };
    ($value:expr) => {
        Some($value)
    };
}

/// Implements a kind's table and its mapping to it: the fields in braces are copied as they
/// are between record and row (the same name on both); `to_row` and `from_row` give the
/// others (references resolved by key, renamed or converted fields), and `to_row` may first
/// check what the row does not hold.
macro_rules! row_mapping {
    (
        $table:ident { $($plain:ident),* $(,)? }
        to_row(&$this:ident, $refs:ident) $(first $check:block)? {
            $($column:ident: $to:expr),* $(,)?
        }
        from_row($model:ident, $from_refs:ident) { $($field:ident: $from:expr),* $(,)? }
    ) => {
        type Entity = entity::$table::Entity;
        type Model = entity::$table::Model;

        fn to_row(
            &$this,
            $refs: &crate::dataset::Refs,
        ) -> Result<entity::$table::ActiveModel, String> {
            $($check)?
            Ok(entity::$table::ActiveModel {
                $($plain: sea_orm::ActiveValue::Set(Clone::clone(&$this.$plain)),)*
                $($column: sea_orm::ActiveValue::Set($to),)*
                ..Default::default()
            })
        }
        fn from_row($model: &entity::$table::Model, $from_refs: &crate::dataset::Refs) -> Self {
            Self {
                $($plain: Clone::clone(&$model.$plain),)*
                $($field: $from,)*
            }
        }
        fn id(model: &entity::$table::Model) -> i32 {
            model.id
        }
    };
}

/// Implements the identity of a kind that editors may rename: its natural key is `$key`, and
/// `first_key` keeps the one it was created with once a rename changes it (left out until
/// then, so a record's file and row only say so when it matters). Both are checked by `$check`
/// (`field, key`), by default as slugs.
macro_rules! keeps_first_key {
    ($key:ident) => {
        keeps_first_key!($key: crate::kinds::rules::slug);
    };
    ($key:ident: $check:path) => {
        fn identity(&self) -> String {
            self.first_key.clone().unwrap_or_else(|| self.$key.clone())
        }
        fn set_identity(&mut self, identity: String) {
            self.first_key = (identity != self.$key).then_some(identity);
        }
        fn identity_problems(&self) -> Vec<String> {
            crate::kinds::rules::checks([
                $check(stringify!($key), &self.$key),
                self.first_key
                    .as_deref()
                    .map_or(Ok(()), |first| $check("first_key", first)),
            ])
        }
    };
}

/// Says once how a kind's records are identified: `Identified` (the key its global ids are
/// made of, what a record is called in messages), `NodeKey` (that key read from a row) and, for
/// kinds editors change (`, edited`),
/// `crate::service::editing::Stored` (a stored row's version and that key, read from the row's
/// own fields). `by first Column`: the first natural key, kept in `first_key` across renames
/// (see [`keeps_first_key!`]); `by Column`: a natural key; `by row id`: the row id.
macro_rules! identified {
    ($record:ident: $table:ident $what:literal by $($how:ident)+, edited) => {
        identified!($record: $table $what by $($how)+);
        identified!(@edited $table $($how)+);
    };
    ($record:ident: $table:ident $what:literal by $($how:ident)+) => {
        impl crate::service::records::Identified for $record {
            const ID_KEY: crate::service::records::IdKey<entity::$table::Column> =
                identified!(@key $table $($how)+);
            const WHAT: &'static str = $what;
        }

        impl crate::service::records::NodeKey for entity::$table::Model {
            fn node_key(&self) -> String {
                identified!(@node_key self $table $($how)+)
            }
        }
    };
    (@node_key $row:ident $table:ident row id) => {
        $row.id.to_string()
    };
    (@node_key $row:ident $table:ident first $column:ident) => {
        identified!(@first_key $row $table first $column).unwrap_or_default()
    };
    (@node_key $row:ident $table:ident $column:ident) => {
        crate::kinds::rules::text(sea_orm::ModelTrait::get($row, entity::$table::Column::$column))
            .unwrap_or_default()
    };
    (@key $table:ident row id) => {
        crate::service::records::IdKey::RowId
    };
    (@key $table:ident first $column:ident) => {
        crate::service::records::IdKey::FirstKey(entity::$table::Column::$column)
    };
    (@key $table:ident $column:ident) => {
        crate::service::records::IdKey::Key(entity::$table::Column::$column)
    };
    (@edited $table:ident $($how:ident)+) => {
        impl crate::service::editing::Stored for entity::$table::Model {
            const VERSION: entity::$table::Column = entity::$table::Column::Version;

            fn version(&self) -> i32 {
                self.version
            }
            fn first_key(&self) -> Option<String> {
                identified!(@first_key self $table $($how)+)
            }
        }
    };
    (@first_key $row:ident $table:ident first $column:ident) => {
        $row.first_key.clone().or_else(|| {
            crate::kinds::rules::text(sea_orm::ModelTrait::get($row, entity::$table::Column::$column))
        })
    };
    (@first_key $row:ident $table:ident $($how:ident)+) => {
        None
    };
}

/// The text a column holds, if it holds text.
pub fn text(value: sea_orm::Value) -> Option<String> {
    match value {
        sea_orm::Value::String(text) => text,
        _ => None,
    }
}

/// Implements the citation accessors for a record kind whose citations are in `sources`.
macro_rules! carries_citations {
    () => {
        fn citations(&self) -> &[crate::dataset::CitationRecord] {
            &self.sources
        }
        fn set_citations(&mut self, citations: crate::dataset::Citations) {
            self.sources = citations;
        }
    };
}

pub fn cited(record_sources: &Citations) -> Vec<String> {
    if record_sources.is_empty() {
        vec!["`sources` is empty: every fact needs at least one citation".into()]
    } else {
        Vec::new()
    }
}

pub fn checks(results: impl IntoIterator<Item = Result<(), String>>) -> Vec<String> {
    results.into_iter().filter_map(Result::err).collect()
}

/// At least one of the English and Korean names (`field` is `name` or `title`), and neither
/// given empty.
pub fn some_name(field: &str, en: &Option<String>, ko: &Option<String>) -> Vec<String> {
    if en.is_none() && ko.is_none() {
        return vec![format!("needs `{field}_en` or `{field}_ko`")];
    }
    checks([
        check_optional_name(&format!("{field}_en"), en.as_ref()),
        check_optional_name(&format!("{field}_ko"), ko.as_ref()),
    ])
}

/// Both the English and the Korean name, neither empty.
pub fn both_names(en: &str, ko: &str) -> [Result<(), String>; 2] {
    [check_name("name_en", en), check_name("name_ko", ko)]
}

/// A natural key in the shape of a slug, such as `new-york`.
pub fn slug(field: &str, key: &str) -> Result<(), String> {
    check_key(KeyShape::Slug, field, key)
}

/// Integers print as integers; a value such as 609 must not come back as 609.0.
pub fn number(value: f64) -> serde_json::Number {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every integer below is exact in f64
    if value.fract() == 0.0 && value.abs() < EXACT {
        serde_json::Number::from(value as i64)
    } else {
        serde_json::Number::from_f64(value).unwrap_or_else(|| serde_json::Number::from(0))
    }
}
