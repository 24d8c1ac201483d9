//! The synthetic graph of the benchmarks, and the plans of the queries the benchmarks time:
//! at scale, lists must be read through indexes (keyset pagination and foreign keys), never by
//! scanning a whole table, so their time does not grow with it.

use paradiplo::db::Db;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::json;

use crate::common::{Backend, GENERATED_SCALE, TestApp, fresh_database, on_both_databases};

on_both_databases!(with spawn_generated:
    the_generator_writes_the_graph_it_promises,
    benchmark_queries_read_agreements_through_indexes,
    a_deep_query_costs_one_statement_per_relation_however_wide,
);

async fn the_generator_writes_the_graph_it_promises(app: &TestApp) {
    let data = app
        .data(
            r#"{ agreementsAggregate { total { count } }
                 citiesAggregate { total { count } }
                 policyExportsAggregate { total { count } }
                 city(slug: "city-1") { nameEn memberships { organization { slug } } } }"#,
        )
        .await;
    assert_eq!(
        data["agreementsAggregate"]["total"]["count"],
        GENERATED_SCALE
    );
    assert_eq!(
        data["citiesAggregate"]["total"]["count"],
        GENERATED_SCALE / 5
    );
    assert_eq!(
        data["policyExportsAggregate"]["total"]["count"],
        GENERATED_SCALE / 2
    );
    assert_eq!(data["city"]["nameEn"], "City 1");
    assert!(
        data["city"]["memberships"]
            .as_array()
            .is_some_and(|list| !list.is_empty()),
        "city-1 is a hub"
    );
}

/// The list and nested queries of the benchmark.
const QUERIES: &[&str] = &[
    r#"{ agreementsConnection(city: "city-7", first: 20, orderBy: [{ field: SIGNED_ON, direction: DESC }]) {
         totalCount edges { cursor node { kind signedOn partner { nameEn } } } } }"#,
    r#"{ cities(first: 10) { slug country { code nameEn }
         agreements { kind signedOn partner { nameEn } }
         memberships { role organization { nameEn } }
         policyExports { slug year sector } } }"#,
    r#"{ city(slug: "city-7") { agreementsConnection(first: 5) { totalCount nodes { partner { slug } } } } }"#,
];

async fn benchmark_queries_read_agreements_through_indexes(app: &TestApp) {
    for query in QUERIES {
        app.reset_statement_count();
        let response = app.graphql(query, json!({})).await;
        assert!(response.get("errors").is_none(), "{response:#}");
        let statements = app.statements();
        let on_agreements: Vec<&Statement> = statements
            .iter()
            .filter(|statement| statement.sql.contains("\"agreement\""))
            .collect();
        assert!(!on_agreements.is_empty(), "{query} reads agreements");
        for statement in on_agreements {
            let plan = explain(app, statement).await;
            assert!(
                !scans_agreements(&plan, app.db.get_database_backend()),
                "{query}\n{}\nscans the agreements:\n{plan}",
                statement.sql
            );
        }
    }
}

/// The query plan of `statement`, one line per step (SQLite's prefixed with its parent step).
async fn explain(app: &TestApp, statement: &Statement) -> String {
    let backend = app.db.get_database_backend();
    let prefix = match backend {
        DatabaseBackend::Postgres => "EXPLAIN ",
        _ => "EXPLAIN QUERY PLAN ",
    };
    let explained = Statement {
        sql: format!("{prefix}{}", statement.sql),
        ..statement.clone()
    };
    let rows = app.db.query_all_raw(explained).await.expect("explain");
    rows.iter()
        .map(|row| match backend {
            DatabaseBackend::Postgres => row.try_get_by_index::<String>(0).unwrap_or_default(),
            _ => format!(
                "{} {}",
                row.try_get::<i64>("", "parent").unwrap_or_default(),
                row.try_get::<String>("", "detail").unwrap_or_default()
            ),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether a plan reads the whole agreement table rather than searching an index. On SQLite,
/// a top-level scan of a derived table named `agreement` (a CO-ROUTINE) reads only the rows
/// its own, indexed, subqueries found.
fn scans_agreements(plan: &str, backend: DatabaseBackend) -> bool {
    let derived = plan.contains("CO-ROUTINE agreement") || plan.contains("MATERIALIZE agreement");
    plan.lines().any(|line| match backend {
        DatabaseBackend::Postgres => line.contains("Seq Scan on agreement"),
        _ => {
            let (parent, detail) = line.split_once(' ').unwrap_or_default();
            let scan = detail.starts_with("SCAN agreement")
                || detail.starts_with("SCAN f") && detail.contains("agreement");
            scan && !(derived && parent == "0" && detail == "SCAN agreement")
        }
    })
}

#[tokio::test]
async fn the_same_seed_gives_the_same_graph_on_both_databases() {
    let mut graphs = Vec::new();
    for (backend, seed) in [
        (Backend::Sqlite, 7),
        (Backend::Sqlite, 7),
        (Backend::Postgres, 7),
        (Backend::Sqlite, 8),
    ] {
        let Some((db, _database)) = fresh_database(backend).await else {
            continue;
        };
        paradiplo_bench::generate(&db, 1_000, seed)
            .await
            .expect("generate");
        graphs.push((seed, dump(&db).await));
    }
    let (first_seed, first) = &graphs[0];
    for (seed, graph) in &graphs[1..] {
        assert_eq!(
            seed == first_seed,
            graph == first,
            "seed {seed} against {first_seed}"
        );
    }
}

/// Every generated row, as text, in id order.
async fn dump(db: &Db) -> Vec<String> {
    let tables = [
        "SELECT id, code, name_en, continent FROM country",
        "SELECT id, slug, kind, country_id, latitude, longitude FROM city",
        "SELECT id, slug, acronym, kind, founded_year, headquarters_id FROM organization",
        "SELECT id, party_a_id, party_b_id, kind, signed_on, ended_on, status FROM agreement",
        "SELECT id, city_id, organization_id, role, joined_year FROM membership",
        "SELECT id, slug, exporter_id, partner_id, sector, mode, year, budget_krw FROM policy_export",
    ];
    let mut rows = Vec::new();
    for select in tables {
        let statement =
            Statement::from_string(db.get_database_backend(), format!("{select} ORDER BY id"));
        for row in db.query_all_raw(statement).await.expect("dump") {
            let columns = select.matches(", ").count() + 1;
            let values: Vec<String> = (0..columns)
                .map(|index| {
                    row.try_get_by_index::<Option<String>>(index)
                        .map(|text| format!("{text:?}"))
                        .or_else(|_| {
                            row.try_get_by_index::<Option<i64>>(index)
                                .map(|n| format!("{n:?}"))
                        })
                        .or_else(|_| {
                            row.try_get_by_index::<Option<i32>>(index)
                                .map(|n| format!("{n:?}"))
                        })
                        .or_else(|_| {
                            row.try_get_by_index::<Option<f64>>(index)
                                .map(|n| format!("{n:?}"))
                        })
                        .unwrap_or_else(|error| panic!("{select}: {error}"))
                })
                .collect();
            rows.push(values.join("|"));
        }
    }
    rows
}

/// The benchmark's deep query: five relations below a hub city, thousands of parents on its
/// widest levels.
const DEEP_QUERY: &str = r#"{ city(slug: "city-1") { nameEn agreements { kind partner { nameEn
    memberships { role organization { nameEn memberships { role city { nameEn } } } } } } } }"#;

async fn a_deep_query_costs_one_statement_per_relation_however_wide(app: &TestApp) {
    app.reset_statement_count();
    let data = app.data(DEEP_QUERY).await;
    let statements = app.statement_count();
    let member_cities: usize = data["city"]["agreements"]
        .as_array()
        .expect("agreements")
        .iter()
        .flat_map(|agreement| {
            agreement["partner"]["memberships"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .map(|membership| {
            membership["organization"]["memberships"]
                .as_array()
                .map_or(0, Vec::len)
        })
        .sum();
    assert!(
        member_cities > 1_000,
        "the widest level has {member_cities} parents; the test needs a wide one"
    );
    // The city, then agreements, partners, memberships, organizations, their memberships and
    // their cities: a level of any width is one statement.
    assert_eq!(statements, 1 + 6, "statements for the deep query");
}
