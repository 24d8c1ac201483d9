//! A synthetic graph of city diplomacy at a chosen scale, deterministic from a seed: the same
//! arguments give the same rows on SQLite and on PostgreSQL.
//!
//! At scale N (agreements) it writes N/5 cities, N agreements, 3N/5 memberships, N/2 policy
//! exports, N/100 organizations (at least 20) and 200 countries. Agreements and exports lean
//! on a few hub cities, as real diplomacy does; slugs are `city-1`…, `org-1`…, `export-1`….

use std::collections::HashSet;

use anyhow::{Context, ensure};
use entity::{
    AgreementKind, AgreementStatus, CityKind, Continent, DeliveryMode, MembershipRole,
    OrganizationKind, PolicySector, agreement, city, country, membership, organization,
    policy_export,
};
use paradiplo::db::Db;
use sea_orm::sea_query::{Expr, Func, IntoIden, Query};
use sea_orm::{ConnectionTrait, EntityName, TransactionTrait, Value};

/// What [`generate`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub cities: usize,
    pub agreements: usize,
    pub memberships: usize,
    pub exports: usize,
    pub organizations: usize,
}

/// Migrates `db` (which must hold no cities) and fills it at `scale` agreements from `seed`.
pub async fn generate(db: &Db, scale: usize, seed: u64) -> anyhow::Result<Counts> {
    paradiplo::startup::prepare(db, false).await?;
    let existing = db
        .query_one_raw(
            db.get_database_backend().build(
                Query::select()
                    .expr(Func::count(Expr::col(city::Column::Id)))
                    .from(city::Entity),
            ),
        )
        .await?
        .map(|row| row.try_get_by_index::<i64>(0))
        .transpose()?
        .unwrap_or_default();
    ensure!(
        existing == 0,
        "the database already holds cities; give an empty one"
    );
    let mut graph = Graph::new(scale, seed);
    let transaction = db.begin().await?;
    graph.write(&transaction).await?;
    transaction.commit().await?;
    paradiplo::service::search::reindex(db).await?;
    analyze(db).await?;
    Ok(Counts {
        cities: graph.cities,
        agreements: graph.agreements,
        memberships: graph.memberships,
        exports: graph.exports,
        organizations: graph.organizations,
    })
}

/// Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table.
const CHUNK: usize = 1_000;

/// Moves PostgreSQL's id sequences past the rows written with explicit ids, and refreshes the
/// planner's statistics, as a database that had been running would have them.
async fn analyze(db: &Db) -> anyhow::Result<()> {
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        for table in [
            "country",
            "city",
            "organization",
            "agreement",
            "membership",
            "policy_export",
        ] {
            db.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            ))
            .await?;
        }
    }
    db.execute_unprepared("ANALYZE").await?;
    Ok(())
}

struct Graph {
    rng: fastrand::Rng,
    countries: usize,
    cities: usize,
    organizations: usize,
    agreements: usize,
    memberships: usize,
    exports: usize,
}

impl Graph {
    fn new(scale: usize, seed: u64) -> Self {
        Self {
            rng: fastrand::Rng::with_seed(seed),
            countries: 200,
            cities: scale / 5,
            organizations: (scale / 100).max(20),
            agreements: scale,
            memberships: scale * 3 / 5,
            exports: scale / 2,
        }
    }

    /// A city id, most often one of the first (the hubs).
    fn hub_city(&mut self) -> i32 {
        let skewed = self.rng.f64().powf(1.5);
        id((skewed * self.cities as f64) as usize % self.cities)
    }

    fn any(&mut self, count: usize) -> i32 {
        id(self.rng.usize(..count))
    }

    fn pick(&mut self, values: &[&'static str]) -> Value {
        Value::from(values[self.rng.usize(..values.len())])
    }

    fn year(&mut self, from: i32, to: i32) -> i32 {
        self.rng.i32(from..=to)
    }

    /// A date known to the year, the month or the day.
    fn date(&mut self, year: i32) -> String {
        let (month, day) = (self.rng.u8(1..=12), self.rng.u8(1..=28));
        match self.rng.u8(0..3) {
            0 => format!("{year}"),
            1 => format!("{year}-{month:02}"),
            _ => format!("{year}-{month:02}-{day:02}"),
        }
    }

    /// `value` four times in five, else unknown.
    fn mostly<T: Into<Value>>(&mut self, value: T, unknown: Value) -> Value {
        if self.rng.u8(0..5) == 0 {
            unknown
        } else {
            value.into()
        }
    }

    async fn write(&mut self, db: &impl ConnectionTrait) -> anyhow::Result<()> {
        let rows: Vec<Vec<Value>> = (0..self.countries)
            .map(|index| {
                let code = format!(
                    "{}{}",
                    char::from(b'A' + (index / 26) as u8),
                    char::from(b'A' + (index % 26) as u8)
                );
                vec![
                    id(index).into(),
                    code.into(),
                    format!("Country {}", index + 1).into(),
                    format!("나라 {}", index + 1).into(),
                    self.pick(Continent::VALUES),
                ]
            })
            .collect();
        insert(db, country::Entity, COUNTRY_COLUMNS, rows).await?;

        let rows: Vec<Vec<Value>> = (0..self.cities)
            .map(|index| {
                let latitude = self.rng.f64() * 180.0 - 90.0;
                let longitude = self.rng.f64() * 360.0 - 180.0;
                vec![
                    id(index).into(),
                    format!("city-{}", index + 1).into(),
                    format!("City {}", index + 1).into(),
                    format!("도시 {}", index + 1).into(),
                    self.pick(CityKind::VALUES),
                    self.any(self.countries).into(),
                    self.mostly(latitude, Value::Double(None)),
                    self.mostly(longitude, Value::Double(None)),
                ]
            })
            .collect();
        insert(db, city::Entity, CITY_COLUMNS, rows).await?;

        let rows: Vec<Vec<Value>> = (0..self.organizations)
            .map(|index| {
                let founded = self.year(1950, 2020);
                vec![
                    id(index).into(),
                    format!("org-{}", index + 1).into(),
                    format!("ORG{}", index + 1).into(),
                    format!("Organization {}", index + 1).into(),
                    format!("기구 {}", index + 1).into(),
                    self.pick(OrganizationKind::VALUES),
                    self.mostly(founded, Value::Int(None)),
                    self.any(self.cities).into(),
                ]
            })
            .collect();
        insert(db, organization::Entity, ORGANIZATION_COLUMNS, rows).await?;

        let mut pairs = HashSet::new();
        let mut rows = Vec::with_capacity(self.agreements);
        while rows.len() < self.agreements {
            let (hub, other) = (self.hub_city(), self.any(self.cities));
            let kind = self.pick(AgreementKind::VALUES);
            // Stored once per pair, the parties ordered as their slugs are.
            let (a, b) = if slug(hub) < slug(other) {
                (hub, other)
            } else {
                (other, hub)
            };
            if a == b || !pairs.insert((a, b, kind.clone())) {
                continue;
            }
            let signed = self.year(1950, 2020);
            let ended = self.rng.u8(0..20) == 0;
            let signed_on = self.date(signed);
            rows.push(vec![
                id(rows.len()).into(),
                a.into(),
                b.into(),
                kind,
                self.mostly(signed_on, Value::String(None)),
                if ended {
                    Value::from(format!("{}", self.year(signed, 2024)))
                } else {
                    Value::String(None)
                },
                Value::from(if ended {
                    AgreementStatus::VALUES[1]
                } else {
                    AgreementStatus::VALUES[0]
                }),
            ]);
        }
        insert(db, agreement::Entity, AGREEMENT_COLUMNS, rows).await?;

        let mut members = HashSet::new();
        let mut rows = Vec::with_capacity(self.memberships);
        while rows.len() < self.memberships {
            let (member, organization) = (self.hub_city(), self.any(self.organizations));
            let role = self.pick(MembershipRole::VALUES);
            if !members.insert((member, organization, role.clone())) {
                continue;
            }
            let joined = self.year(1960, 2020);
            rows.push(vec![
                id(rows.len()).into(),
                member.into(),
                organization.into(),
                role,
                self.mostly(joined, Value::Int(None)),
            ]);
        }
        insert(db, membership::Entity, MEMBERSHIP_COLUMNS, rows).await?;

        let rows: Vec<Vec<Value>> = (0..self.exports)
            .map(|index| {
                let budget = self.rng.i64(10_000_000..20_000_000_000);
                let partner = self.any(self.cities);
                vec![
                    id(index).into(),
                    format!("export-{}", index + 1).into(),
                    self.hub_city().into(),
                    self.mostly(partner, Value::Int(None)),
                    format!("Policy {}", index + 1).into(),
                    self.pick(PolicySector::VALUES),
                    self.pick(DeliveryMode::VALUES),
                    self.year(2006, 2020).into(),
                    if self.rng.u8(0..4) == 0 {
                        Value::from(budget)
                    } else {
                        Value::BigInt(None)
                    },
                ]
            })
            .collect();
        insert(db, policy_export::Entity, EXPORT_COLUMNS, rows).await?;
        Ok(())
    }
}

/// The id of the row at `index` (ids start at 1).
fn id(index: usize) -> i32 {
    i32::try_from(index + 1).expect("scales stay far below i32::MAX")
}

fn slug(city: i32) -> String {
    format!("city-{city}")
}

const COUNTRY_COLUMNS: &[country::Column] = &[
    country::Column::Id,
    country::Column::Code,
    country::Column::NameEn,
    country::Column::NameKo,
    country::Column::Continent,
];
const CITY_COLUMNS: &[city::Column] = &[
    city::Column::Id,
    city::Column::Slug,
    city::Column::NameEn,
    city::Column::NameKo,
    city::Column::Kind,
    city::Column::CountryId,
    city::Column::Latitude,
    city::Column::Longitude,
];
const ORGANIZATION_COLUMNS: &[organization::Column] = &[
    organization::Column::Id,
    organization::Column::Slug,
    organization::Column::Acronym,
    organization::Column::NameEn,
    organization::Column::NameKo,
    organization::Column::Kind,
    organization::Column::FoundedYear,
    organization::Column::HeadquartersId,
];
const AGREEMENT_COLUMNS: &[agreement::Column] = &[
    agreement::Column::Id,
    agreement::Column::PartyAId,
    agreement::Column::PartyBId,
    agreement::Column::Kind,
    agreement::Column::SignedOn,
    agreement::Column::EndedOn,
    agreement::Column::Status,
];
const MEMBERSHIP_COLUMNS: &[membership::Column] = &[
    membership::Column::Id,
    membership::Column::CityId,
    membership::Column::OrganizationId,
    membership::Column::Role,
    membership::Column::JoinedYear,
];
const EXPORT_COLUMNS: &[policy_export::Column] = &[
    policy_export::Column::Id,
    policy_export::Column::Slug,
    policy_export::Column::ExporterId,
    policy_export::Column::PartnerId,
    policy_export::Column::TitleEn,
    policy_export::Column::Sector,
    policy_export::Column::Mode,
    policy_export::Column::Year,
    policy_export::Column::BudgetKrw,
];

/// Inserts `rows` (values in the order of `columns`) in chunks.
async fn insert<E: EntityName + Copy, C: IntoIden + Copy>(
    db: &impl ConnectionTrait,
    table: E,
    columns: &[C],
    rows: Vec<Vec<Value>>,
) -> anyhow::Result<()> {
    let name = table.table_name().to_string();
    for chunk in rows.chunks(CHUNK) {
        let mut statement = Query::insert();
        statement.into_table(table).columns(columns.iter().copied());
        for row in chunk {
            statement
                .values(row.iter().cloned().map(Expr::val))
                .with_context(|| format!("a row of {name}"))?;
        }
        db.execute(&statement)
            .await
            .with_context(|| format!("inserting into {name}"))?;
    }
    Ok(())
}
