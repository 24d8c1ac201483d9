//! The graph of cities: shortest chains between two cities, and the cities most like one.
//!
//! Two cities are one step apart when they signed an agreement or belong to the same
//! organization. Paths are walked in the database by a recursive CTE that never revisits a city
//! on the same trail; `max_hops` bounds the walk, so the cost stays bounded too.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, Value};

use crate::db::Db;
use crate::error::{AppError, AppResult};

/// The longest chain `path` looks for: beyond it, the number of trails explodes.
pub const MAX_HOPS: i32 = 4;

/// What links two neighbouring cities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    Agreement(i32),
    Organization(i32),
}

/// One step of a path: from a city to the next, through a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub from: i32,
    pub to: i32,
    pub link: Link,
}

/// The cities one step from each other, both directions.
const EDGES: &str = "\
    edge(src, dst, link, link_id) AS ( \
        SELECT party_a_id, party_b_id, 'a', id FROM agreement \
        UNION ALL SELECT party_b_id, party_a_id, 'a', id FROM agreement \
        UNION ALL SELECT DISTINCT one.city_id, other.city_id, 'o', one.organization_id \
            FROM membership one JOIN membership other \
            ON one.organization_id = other.organization_id AND one.city_id <> other.city_id)";

pub(crate) fn placeholders(backend: DatabaseBackend, sql: &str) -> String {
    // Written with `$n`; SQLite takes `?NNN` for numbered parameters.
    match backend {
        DatabaseBackend::Postgres => sql.to_string(),
        _ => sql.replace('$', "?"),
    }
}

/// The shortest chains from `from` to `to`, at most `limit` of them, each at most `max_hops` long.
pub async fn shortest_paths(
    db: &Db,
    from: i32,
    to: i32,
    max_hops: i32,
    limit: u64,
) -> AppResult<Vec<Vec<Step>>> {
    if !(1..=MAX_HOPS).contains(&max_hops) {
        return Err(AppError::BadUserInput(format!(
            "`maxHops` must be between 1 and {MAX_HOPS}; got {max_hops}"
        )));
    }
    if from == to {
        return Ok(vec![Vec::new()]);
    }
    let backend = db.get_database_backend();
    let sql = format!(
        "WITH RECURSIVE {EDGES}, \
         walk(city, hops, trail, steps) AS ( \
             SELECT CAST($1 AS INTEGER), 0, ',' || CAST($1 AS TEXT) || ',', CAST('' AS TEXT) \
             UNION ALL \
             SELECT edge.dst, walk.hops + 1, walk.trail || CAST(edge.dst AS TEXT) || ',', \
                    walk.steps || edge.link || ':' || CAST(edge.link_id AS TEXT) || ':' || CAST(walk.city AS TEXT) || ':' || CAST(edge.dst AS TEXT) || ';' \
             FROM walk JOIN edge ON edge.src = walk.city \
             WHERE walk.hops < $3 AND walk.city <> $2 \
               AND walk.trail NOT LIKE '%,' || CAST(edge.dst AS TEXT) || ',%') \
         SELECT steps FROM walk \
         WHERE city = $2 AND hops = (SELECT min(hops) FROM walk WHERE city = $2) \
         ORDER BY steps LIMIT $4"
    );
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let statement = Statement::from_sql_and_values(
        backend,
        placeholders(backend, &sql),
        [
            Value::from(from),
            Value::from(to),
            Value::from(max_hops),
            Value::from(limit),
        ],
    );
    let rows = db.query_all_raw(statement).await?;
    let mut paths = Vec::with_capacity(rows.len());
    for row in rows {
        let steps: String = row.try_get("", "steps")?;
        paths.push(
            steps
                .split(';')
                .filter(|step| !step.is_empty())
                .filter_map(parse_step)
                .collect(),
        );
    }
    Ok(paths)
}

fn parse_step(step: &str) -> Option<Step> {
    let mut parts = step.split(':');
    let (kind, id, from, to) = (
        parts.next()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    );
    let link = match kind {
        "a" => Link::Agreement(id),
        "o" => Link::Organization(id),
        _ => return None,
    };
    Some(Step { from, to, link })
}

/// A city like another, and why: the organizations and the partners they share.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overlap {
    pub city: i32,
    pub organizations: Vec<i32>,
    pub partners: Vec<i32>,
}

impl Overlap {
    pub fn score(&self) -> usize {
        self.organizations.len() + self.partners.len()
    }
}

/// The cities sharing the most organizations and agreement partners with `city`, best first.
pub async fn related(db: &Db, city: i32, limit: usize) -> AppResult<Vec<Overlap>> {
    let backend = db.get_database_backend();
    let shared_organizations = "SELECT DISTINCT other.city_id AS other, one.organization_id AS shared \
        FROM membership one JOIN membership other ON one.organization_id = other.organization_id \
        WHERE one.city_id = $1 AND other.city_id <> $1";
    let shared_partners = "WITH partner(city, partner) AS ( \
            SELECT party_a_id, party_b_id FROM agreement UNION SELECT party_b_id, party_a_id FROM agreement) \
        SELECT DISTINCT other.city AS other, one.partner AS shared \
        FROM partner one JOIN partner other ON one.partner = other.partner \
        WHERE one.city = $1 AND other.city <> $1";
    let mut overlaps: HashMap<i32, Overlap> = HashMap::new();
    for (sql, organizations) in [(shared_organizations, true), (shared_partners, false)] {
        let statement = Statement::from_sql_and_values(
            backend,
            placeholders(backend, sql),
            [Value::from(city)],
        );
        for row in db.query_all_raw(statement).await? {
            let other: i32 = row.try_get("", "other")?;
            let shared: i32 = row.try_get("", "shared")?;
            let overlap = overlaps.entry(other).or_insert_with(|| Overlap {
                city: other,
                ..Overlap::default()
            });
            if organizations {
                overlap.organizations.push(shared)
            } else {
                overlap.partners.push(shared)
            }
        }
    }
    let mut ranked: Vec<Overlap> = overlaps.into_values().collect();
    for overlap in &mut ranked {
        overlap.organizations.sort_unstable();
        overlap.partners.sort_unstable();
    }
    ranked.sort_by(|a, b| b.score().cmp(&a.score()).then(a.city.cmp(&b.city)));
    ranked.truncate(limit);
    Ok(ranked)
}
