//! Relay connections over the lists: `edges { cursor node }`, `nodes`, `pageInfo` and
//! `totalCount`, paged by `first`/`after`, `last`/`before` and `offset`, with opaque keyset
//! cursors that name the list they came from, so a cursor used on another list is refused.

use async_graphql::connection::{Connection, CursorType, Edge};
use async_graphql::{OutputType, SimpleObject};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::error::AppError;
use crate::service::keyset::{Keyset, KeysetPage, Ordering, SortValue, Window};

/// What a connection adds to Relay's fields.
#[derive(SimpleObject)]
pub struct ConnectionTotals {
    /// How many items the filters select, whatever the page.
    pub total_count: u64,
}

/// A page of a list as a Relay connection.
pub type Page<Node> = Connection<Cursor, Node, ConnectionTotals>;

/// An opaque cursor: the list and ordering it belongs to, and the keyset of its row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    list: String,
    ordering: String,
    key: Keyset,
}

impl CursorType for Cursor {
    type Error = String;

    fn decode_cursor(text: &str) -> Result<Self, Self::Error> {
        let bytes = URL_SAFE_NO_PAD
            .decode(text)
            .map_err(|_| "not a cursor".to_string())?;
        let (list, ordering, values, id): (String, String, Vec<SortValue>, i32) =
            serde_json::from_slice(&bytes).map_err(|_| "not a cursor".to_string())?;
        Ok(Self {
            list,
            ordering,
            key: Keyset { values, id },
        })
    }

    fn encode_cursor(&self) -> String {
        let json =
            serde_json::json!([self.list, self.ordering, self.key.values, self.key.id]).to_string();
        URL_SAFE_NO_PAD.encode(json)
    }
}

/// The paging arguments of a connection field, as the client sent them.
#[derive(Default)]
pub struct PageArgs {
    pub first: Option<i32>,
    pub after: Option<String>,
    pub last: Option<i32>,
    pub before: Option<String>,
    pub offset: Option<i32>,
}

impl PageArgs {
    /// Validates the arguments for the list named `list` in `ordering`, naming the argument at
    /// fault.
    pub fn window(
        self,
        list: &str,
        ordering: &Ordering,
        max_page_size: u32,
    ) -> Result<Window, AppError> {
        let sort_types = ordering.sort_types();
        let size = |name: &str, value: Option<i32>| -> Result<Option<u64>, AppError> {
            value
                .map(|value| {
                    u64::try_from(value)
                        .ok()
                        .filter(|value| *value <= u64::from(max_page_size))
                        .ok_or_else(|| {
                            AppError::BadUserInput(format!(
                                "`{name}` must be between 0 and {max_page_size}; got {value}"
                            ))
                        })
                })
                .transpose()
        };
        let cursor = |name: &str, value: Option<String>| -> Result<Option<Keyset>, AppError> {
            value
                .map(|text| match Cursor::decode_cursor(&text) {
                    Ok(cursor) if cursor.list != list => Err(AppError::BadUserInput(format!(
                        "`{name}` is a cursor of another list, not of `{list}`"
                    ))),
                    Ok(cursor) if cursor.ordering != ordering.signature => {
                        Err(AppError::BadUserInput(format!(
                            "`{name}` is a cursor of another `orderBy`: page with the ordering \
                             the cursor came from"
                        )))
                    }
                    Ok(cursor)
                        if cursor.key.values.len() == sort_types.len()
                            && cursor
                                .key
                                .values
                                .iter()
                                .zip(&sort_types)
                                .all(|(value, sort_type)| value.fits(*sort_type)) =>
                    {
                        Ok(cursor.key)
                    }
                    _ => Err(AppError::BadUserInput(format!(
                        "`{name}` is not a cursor this server gave out"
                    ))),
                })
                .transpose()
        };
        let (first, last) = (size("first", self.first)?, size("last", self.last)?);
        if first.is_some() && last.is_some() {
            return Err(AppError::BadUserInput(
                "give `first` or `last`, not both".into(),
            ));
        }
        let offset = u64::try_from(self.offset.unwrap_or(0)).map_err(|_| {
            AppError::BadUserInput(format!(
                "`offset` cannot be negative; got {}",
                self.offset.unwrap_or(0)
            ))
        })?;
        Ok(Window {
            // A page of the default size when neither is given.
            first: if first.is_none() && last.is_none() {
                Some(DEFAULT_PAGE_SIZE.min(u64::from(max_page_size)))
            } else {
                first
            },
            last,
            after: cursor("after", self.after)?,
            before: cursor("before", self.before)?,
            offset,
        })
    }
}

/// Page size when a connection is given neither `first` nor `last`.
const DEFAULT_PAGE_SIZE: u64 = 100;

/// Builds the connection of a page: each row wrapped in its type, with its cursor.
pub fn connection<M, Node: OutputType + From<M>>(
    list: &str,
    ordering: &Ordering,
    page: KeysetPage<M>,
) -> Page<Node> {
    let mut connection = Connection::with_additional_fields(
        page.has_previous,
        page.has_next,
        ConnectionTotals {
            total_count: page.total,
        },
    );
    connection
        .edges
        .extend(page.rows.into_iter().map(|(row, key)| {
            let cursor = Cursor {
                list: list.to_string(),
                ordering: ordering.signature.clone(),
                key,
            };
            Edge::new(cursor, Node::from(row))
        }));
    connection
}
