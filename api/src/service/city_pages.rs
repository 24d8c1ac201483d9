//! Pages of a city's agreements for many cities at once, cut in SQL: each city gets its own
//! keyset window through a window function, and its total from a grouped count, so a nested
//! connection costs two statements per level however many cities it is asked for.

use std::collections::HashMap;

use entity::{AgreementKind, agreement};
use sea_orm::{ConnectionTrait, DatabaseConnection, FromQueryResult, Statement, Value};

use super::graph::placeholders;
use super::keyset::{Keyset, KeysetPage, Window};
use crate::error::AppResult;

/// Agreements of each of `cities` (seen from that city), filtered, one keyset page per city.
pub async fn agreements_of_cities(
    db: &DatabaseConnection,
    cities: &[i32],
    kind: Option<AgreementKind>,
    as_of: Option<&str>,
    window: &Window,
) -> AppResult<HashMap<i32, KeysetPage<agreement::Model>>> {
    let mut values: Vec<Value> = Vec::new();
    fn push(values: &mut Vec<Value>, value: Value) -> String {
        values.push(value);
        format!("${}", values.len())
    }
    // Our own ids, never the client's text: safe to inline.
    let ids = cities
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let mut filters = vec!["1 = 1".to_string()];
    if let Some(kind) = kind {
        let kind = serde_json_kind(kind);
        filters.push(format!("kind = {}", push(&mut values, Value::from(kind))));
    }
    if let Some(day) = as_of {
        let (first, second) = (
            push(&mut values, Value::from(day)),
            push(&mut values, Value::from(day)),
        );
        filters.push(format!(
            "signed_on IS NOT NULL AND signed_on <= substr({first}, 1, length(signed_on)) \
             AND (ended_on IS NULL OR ended_on >= substr({second}, 1, length(ended_on)))"
        ));
    }
    // The totals statement binds only the filters' parameters, which come first.
    let filter_parameters = values.len();
    let mut cursors = vec!["1 = 1".to_string()];
    if let Some(key) = &window.after {
        cursors.push(match &key.sort {
            Some(sort) => {
                let (a, b, id) = (
                    push(&mut values, Value::from(sort.as_str())),
                    push(&mut values, Value::from(sort.as_str())),
                    push(&mut values, Value::from(key.id)),
                );
                format!("(signed_on > {a} OR (signed_on = {b} AND id > {id}) OR signed_on IS NULL)")
            }
            None => format!(
                "(signed_on IS NULL AND id > {})",
                push(&mut values, Value::from(key.id))
            ),
        });
    }
    if let Some(key) = &window.before {
        cursors.push(match &key.sort {
            Some(sort) => {
                let (a, b, id) = (
                    push(&mut values, Value::from(sort.as_str())),
                    push(&mut values, Value::from(sort.as_str())),
                    push(&mut values, Value::from(key.id)),
                );
                format!("(signed_on < {a} OR (signed_on = {b} AND id < {id}))")
            }
            None => format!(
                "(signed_on IS NOT NULL OR id < {})",
                push(&mut values, Value::from(key.id))
            ),
        });
    }
    let backwards = window.first.is_none() && window.last.is_some();
    let order = if backwards {
        "(signed_on IS NULL) DESC, signed_on DESC, id DESC"
    } else {
        "(signed_on IS NULL) ASC, signed_on ASC, id ASC"
    };
    let limit = window.first.or(window.last).unwrap_or_default();
    let (from, to) = (window.offset, window.offset + limit + 1);
    let seen = format!(
        "WITH seen AS ( \
             SELECT agreement.*, party_a_id AS viewer FROM agreement WHERE party_a_id IN ({ids}) \
             UNION ALL SELECT agreement.*, party_b_id AS viewer FROM agreement WHERE party_b_id IN ({ids}))",
    );
    let filters = filters.join(" AND ");
    let totals_sql = format!(
        "{seen} SELECT viewer, COUNT(*) AS total FROM seen WHERE {filters} GROUP BY viewer"
    );
    let rows_sql = format!(
        "{seen}, windowed AS ( \
             SELECT seen.*, ROW_NUMBER() OVER (PARTITION BY viewer ORDER BY {order}) AS position \
             FROM seen WHERE {filters} AND {cursors}) \
         SELECT * FROM windowed WHERE position > {from} AND position <= {to} ORDER BY viewer, position",
        cursors = cursors.join(" AND "),
    );
    let backend = db.get_database_backend();
    let statement = |sql: &str, values: &[Value]| {
        Statement::from_sql_and_values(backend, placeholders(backend, sql), values.to_vec())
    };
    let mut pages: HashMap<i32, KeysetPage<agreement::Model>> = HashMap::new();
    for row in db
        .query_all_raw(statement(&totals_sql, &values[..filter_parameters]))
        .await?
    {
        let viewer: i32 = row.try_get("", "viewer")?;
        let total: i64 = row.try_get("", "total")?;
        let total = u64::try_from(total).unwrap_or_default();
        pages.insert(
            viewer,
            KeysetPage {
                rows: Vec::new(),
                has_previous: false,
                has_next: false,
                total,
            },
        );
    }
    for row in db.query_all_raw(statement(&rows_sql, &values)).await? {
        let viewer: i32 = row.try_get("", "viewer")?;
        if let Some(page) = pages.get_mut(&viewer) {
            page.rows
                .push(agreement::Model::from_query_result(&row, "")?);
        }
    }
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    for page in pages.values_mut() {
        let more = page.rows.len() > limit;
        page.rows.truncate(limit);
        if backwards {
            page.rows.reverse();
            (page.has_previous, page.has_next) = (more, window.before.is_some());
        } else {
            (page.has_previous, page.has_next) =
                (window.after.is_some() || window.offset > 0, more);
        }
    }
    Ok(pages)
}

fn serde_json_kind(kind: AgreementKind) -> String {
    use sea_orm::ActiveEnum;
    kind.to_value()
}

/// The keyset of an agreement in this order.
pub fn agreement_keyset(model: &agreement::Model) -> Keyset {
    Keyset {
        sort: model.signed_on.clone(),
        id: model.id,
    }
}
