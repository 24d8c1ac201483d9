//! Group-by aggregates computed by the database: counts, distinct counts and sum/avg/min/max of
//! numeric columns, over the rows a list field would return, optionally grouped by keys such as
//! an enum column, a year, a decade, a country or a continent.

use std::collections::HashMap;

use entity::{city, country};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{
    Alias, BinOper, Expr, ExprTrait, Func, JoinType, NullOrdering, Order, SelectStatement,
};

use crate::db::Db;
use crate::error::AppResult;

/// Statistics of one numeric column; absent where no row has a value.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct NumberStats {
    pub sum: Option<f64>,
    pub avg: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// The aggregates of one group (or of all rows).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bucket {
    /// The group's key values by key name, as text (null where the key is unknown).
    pub key: HashMap<&'static str, Option<String>>,
    pub count: i64,
    pub distinct: HashMap<&'static str, i64>,
    pub numbers: HashMap<&'static str, NumberStats>,
}

/// What to compute over a filtered query.
pub struct Aggregation {
    /// Group keys: a name and the expression grouped by.
    pub keys: Vec<(&'static str, Expr)>,
    /// Distinct counts: a name and the expression counted.
    pub distinct: Vec<(&'static str, Expr)>,
    /// Numeric columns: a name and the expression summarized.
    pub numbers: Vec<(&'static str, Expr)>,
}

fn alias(prefix: &str, name: &str) -> Alias {
    Alias::new(format!("{prefix}_{name}"))
}

/// Runs the aggregation over `query` (its FROM, joins and WHERE; its selected columns are
/// replaced) and returns one bucket per group, ordered by key.
pub async fn aggregate(
    db: &Db,
    mut query: SelectStatement,
    aggregation: &Aggregation,
) -> AppResult<Vec<Bucket>> {
    query.clear_selects();
    for (name, expr) in &aggregation.keys {
        query.expr_as(expr.clone().cast_as("TEXT"), alias("key", name));
        // Grouped by the output column: an expression repeated in GROUP BY would bind its
        // literals as new parameters, which PostgreSQL cannot match to the selected one.
        query.add_group_by([Expr::col(alias("key", name))]);
        // Unknown keys last on both engines (their defaults differ).
        query.order_by_with_nulls(alias("key", name), Order::Asc, NullOrdering::Last);
    }
    query.expr_as(Func::count(Expr::cust("*")), Alias::new("row_count"));
    for (name, expr) in &aggregation.distinct {
        query.expr_as(Func::count_distinct(expr.clone()), alias("distinct", name));
    }
    for (name, expr) in &aggregation.numbers {
        // Sums of integers are NUMERIC on PostgreSQL: read every statistic as a double.
        query.expr_as(
            Expr::from(Func::sum(expr.clone())).cast_as("DOUBLE PRECISION"),
            alias("sum", name),
        );
        query.expr_as(
            Expr::from(Func::avg(expr.clone())).cast_as("DOUBLE PRECISION"),
            alias("avg", name),
        );
        query.expr_as(
            Expr::from(Func::min(expr.clone())).cast_as("DOUBLE PRECISION"),
            alias("min", name),
        );
        query.expr_as(
            Expr::from(Func::max(expr.clone())).cast_as("DOUBLE PRECISION"),
            alias("max", name),
        );
    }
    let statement = db.get_database_backend().build(&query);
    let mut buckets = Vec::new();
    for row in db.query_all_raw(statement).await? {
        let mut bucket = Bucket {
            count: row.try_get("", "row_count")?,
            ..Bucket::default()
        };
        for (name, _) in &aggregation.keys {
            bucket
                .key
                .insert(name, row.try_get("", &format!("key_{name}"))?);
        }
        for (name, _) in &aggregation.distinct {
            bucket
                .distinct
                .insert(name, row.try_get("", &format!("distinct_{name}"))?);
        }
        for (name, _) in &aggregation.numbers {
            let stat = |kind: &str| row.try_get::<Option<f64>>("", &format!("{kind}_{name}"));
            bucket.numbers.insert(
                name,
                NumberStats {
                    sum: stat("sum")?,
                    avg: stat("avg")?,
                    min: stat("min")?,
                    max: stat("max")?,
                },
            );
        }
        buckets.push(bucket);
    }
    Ok(buckets)
}

/// Which parts of an aggregate the client asked for: each costs a scan of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wanted {
    pub total: bool,
    pub groups: bool,
}

/// The aggregation over all rows, and over each group when there are keys; a part not
/// `wanted` is not computed and comes back empty. Both parts run at once.
pub async fn total_and_groups(
    db: &Db,
    query: SelectStatement,
    aggregation: Aggregation,
    wanted: Wanted,
) -> AppResult<(Bucket, Vec<Bucket>)> {
    let grouped = query.clone();
    total_and_groups_over(db, query, grouped, aggregation, wanted).await
}

/// Like [`total_and_groups`], with the groups computed over `grouped`: `query` with joins
/// that may repeat a row under several groups (as a row counted under each of its parties),
/// which the total must not see.
pub async fn total_and_groups_over(
    db: &Db,
    query: SelectStatement,
    grouped: SelectStatement,
    aggregation: Aggregation,
    wanted: Wanted,
) -> AppResult<(Bucket, Vec<Bucket>)> {
    let overall = Aggregation {
        keys: Vec::new(),
        distinct: aggregation.distinct.clone(),
        numbers: aggregation.numbers.clone(),
    };
    let total = async {
        if !wanted.total {
            return Ok(Bucket::default());
        }
        aggregate(db, query.clone(), &overall)
            .await
            .map(|mut rows| rows.pop().unwrap_or_default())
    };
    let groups = async {
        if !wanted.groups || aggregation.keys.is_empty() {
            return Ok(Vec::new());
        }
        aggregate(db, grouped, &aggregation).await
    };
    tokio::try_join!(total, groups)
}

/// Joins, as `{name}_city` and `{name}_country`, the city that the rows' `city` expression
/// points at (when `on` holds) and its country.
pub fn join_city_country(query: &mut SelectStatement, name: &str, on: Expr) {
    let city_alias = Alias::new(format!("{name}_city"));
    query
        .join_as(JoinType::LeftJoin, city::Entity, city_alias.clone(), on)
        .join_as(
            JoinType::LeftJoin,
            country::Entity,
            Alias::new(format!("{name}_country")),
            Expr::col((Alias::new(format!("{name}_country")), country::Column::Id))
                .eq(Expr::col((city_alias, city::Column::CountryId))),
        );
}

/// A column of the city joined by [`join_city_country`] as `name`.
pub fn city_of(name: &str, column: city::Column) -> Expr {
    Expr::col((Alias::new(format!("{name}_city")), column))
}

/// A column of the country joined by [`join_city_country`] as `name`.
pub fn country_of(name: &str, column: country::Column) -> Expr {
    Expr::col((Alias::new(format!("{name}_country")), column))
}

/// Joins the city `partner` points at and its country, for the partner-country and
/// partner-continent keys.
pub fn join_partner_country(query: &mut SelectStatement, partner: Expr) {
    join_city_country(
        query,
        "partner",
        city_of("partner", city::Column::Id).eq(partner),
    );
}

/// The partner's country id, after [`join_partner_country`].
pub fn partner_country() -> Expr {
    country_of("partner", country::Column::Id)
}

/// The partner's continent, after [`join_partner_country`].
pub fn partner_continent() -> Expr {
    country_of("partner", country::Column::Continent)
}

/// The unordered pair of `a` and `b` as one key, the one whose rank is smaller first:
/// `rank,rank=value,value`, so that pairs sort by their ranks (a pair of countries by their
/// codes, not by their ids); [`pair_values`] reads the values back. A `CASE` on a comparison
/// reads the same on both engines, where the two-argument `min`/`max` of SQLite are
/// `LEAST`/`GREATEST` on PostgreSQL.
pub fn unordered_pair(a: (Expr, Expr), b: (Expr, Expr)) -> Expr {
    // `||` on both engines; a custom expression's placeholders differ between them.
    let concat = BinOper::Custom("||");
    let text = |expr: &Expr| expr.clone().cast_as("TEXT");
    let joined = |(first, first_rank): &(Expr, Expr), (second, second_rank): &(Expr, Expr)| {
        text(first_rank)
            .binary(concat, Expr::val(","))
            .binary(concat, text(second_rank))
            .binary(concat, Expr::val("="))
            .binary(concat, text(first))
            .binary(concat, Expr::val(","))
            .binary(concat, text(second))
    };
    Expr::case(a.1.clone().lte(b.1.clone()), joined(&a, &b))
        .finally(joined(&b, &a))
        .into()
}

/// The two values of a key made by [`unordered_pair`].
pub fn pair_values(key: &str) -> Vec<&str> {
    key.split_once('=')
        .map_or(key, |(_, values)| values)
        .split(',')
        .collect()
}

/// How the groups of an aggregate are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupOrder {
    /// By the group keys, unknown keys last (as computed).
    #[default]
    Key,
    /// Largest count first; ties by key.
    CountDesc,
    /// Smallest count first; ties by key.
    CountAsc,
}

/// The groups in `order`, the first `first` of them when given.
pub fn ordered_groups(groups: &[Bucket], order: GroupOrder, first: Option<usize>) -> Vec<Bucket> {
    let mut groups = groups.to_vec();
    // Stable: ties keep the key order the database gave.
    match order {
        GroupOrder::Key => {}
        GroupOrder::CountDesc => groups.sort_by_key(|bucket| std::cmp::Reverse(bucket.count)),
        GroupOrder::CountAsc => groups.sort_by_key(|bucket| bucket.count),
    }
    if let Some(first) = first {
        groups.truncate(first);
    }
    groups
}
