//! The graph of cities: the steps of a path, and the cities most like one.
//!
//! Two cities are one step apart when they signed an agreement or belong to the same
//! organization. Paths are found in the in-memory snapshot ([`super::network`]); the cities
//! most like one are counted by the database.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, Value};

use crate::db::Db;
use crate::error::AppResult;

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

pub(crate) fn placeholders(backend: DatabaseBackend, sql: &str) -> String {
    // Written with `$n`; SQLite takes `?NNN` for numbered parameters.
    match backend {
        DatabaseBackend::Postgres => sql.to_string(),
        _ => sql.replace('$', "?"),
    }
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
