//! The arguments every list takes: a typed `filter` (operators per field, `and`/`or`/`not`,
//! relations followed with nested inputs or `some`/`every`/`none`) and an `orderBy` (fields,
//! keys of to-one relations and counts of to-many relations), compiled into one SQL query.
//! One module per domain holds its types' filter inputs and order fields.

mod activities;
mod diplomacy;
mod places;
mod provenance;
mod relations;

use std::cell::Cell;

use async_graphql::{Context, Enum, InputObject, InputType, Value};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveEnum, Condition, EntityName, EntityTrait};

pub use activities::*;
pub use diplomacy::*;
pub use places::*;
pub use provenance::*;
pub use relations::*;

use crate::error::{AppError, AppResult, thousands};
use crate::graphql::{Limits, vocabulary};
use crate::service::filter::{Comparison, Quantifier, Scope, TextMatch};
use crate::service::keyset::{Ordering, SortKey, SortType};

/// A filter input: compiles to a condition on the table of its scope (derived: see
/// `paradiplo_macros::Filter`).
pub trait Filter {
    /// The rows it filters.
    type Entity: EntityTrait;

    fn compile(&self, scope: &Scope) -> AppResult<Condition>;
}

/// Nested fields take their filter boxed: a filter is large, and held inline it would grow the
/// future of every field of its type, leaf fields included.
impl<F: Filter> Filter for Box<F> {
    type Entity = F::Entity;

    fn compile(&self, scope: &Scope) -> AppResult<Condition> {
        F::compile(self, scope)
    }
}

/// The condition of an optional filter on the rows of `table` (seen from `viewer`, for
/// agreements). A filter holding more conditions than the server allows is refused before it
/// is compiled: each one is a term of the SQL condition, and past some hundreds the databases
/// refuse it as too deep, or take long to plan it.
pub fn matching(
    ctx: &Context<'_>,
    table: &str,
    viewer: Option<Expr>,
    filter: Option<&(impl Filter + InputType)>,
) -> AppResult<Condition> {
    let Some(filter) = filter else {
        return Ok(Condition::all());
    };
    let limit = ctx.data_unchecked::<Limits>().max_filter_nodes;
    let count = conditions(&filter.to_value());
    if count > limit {
        return Err(AppError::BadUserInput(format!(
            "`filter` has {} conditions; the limit is {}",
            thousands(count),
            thousands(limit)
        )));
    }
    let aliases = Cell::new(0);
    filter.compile(&Scope::new(table, &aliases, viewer))
}

/// How many conditions a filter holds, relations followed: one per operator given (a list of
/// values, as for `in`, is one), and one per filter object that gives none.
fn conditions(filter: &Value) -> usize {
    match filter {
        Value::Null => 0,
        Value::Object(fields) => fields.values().map(conditions).sum::<usize>().max(1),
        Value::List(items) if items.iter().any(|item| matches!(item, Value::Object(_))) => {
            items.iter().map(conditions).sum()
        }
        _ => 1,
    }
}

/// The condition that `key` names a row matching `filter`.
pub fn to_one<F: Filter>(scope: &Scope, key: Expr, filter: &F) -> AppResult<Condition> {
    let id = sea_orm::PrimaryKeyToColumn::into_column(
        <<F::Entity as EntityTrait>::PrimaryKey as sea_orm::Iterable>::iter()
            .next()
            .expect("every entity has a primary key"),
    );
    scope.to_one::<F::Entity>(key, id, |inner| filter.compile(inner))
}

/// `and`, `or` and `not` of a filter input, on the same table.
pub fn logic<F: Filter>(
    scope: &Scope,
    and: &Option<Vec<F>>,
    or: &Option<Vec<F>>,
    not: &Option<Box<F>>,
) -> AppResult<Condition> {
    let mut all = Condition::all();
    if let Some(filters) = and {
        for filter in filters {
            all = all.add(filter.compile(&scope.nested()?)?);
        }
    }
    if let Some(filters) = or {
        let mut any = Condition::any();
        for filter in filters {
            any = any.add(filter.compile(&scope.nested()?)?);
        }
        // `or: []` matches nothing, as an empty disjunction should.
        all = all.add(if filters.is_empty() {
            Condition::all().add(Expr::cust("1 = 0"))
        } else {
            any
        });
    }
    if let Some(filter) = not {
        all = all.add(filter.compile(&scope.nested()?)?.not());
    }
    Ok(all)
}

/// Operators on one field.
pub trait Operators {
    fn on(&self, expr: Expr) -> AppResult<Condition>;
}

/// The comparison operators of a filter input, which names its fields as [`Comparison`] does.
macro_rules! comparison {
    ($input:expr) => {
        Comparison {
            eq: $input.eq.clone(),
            ne: $input.ne.clone(),
            is_in: $input.is_in.clone(),
            not_in: $input.not_in.clone(),
            lt: $input.lt.clone(),
            lte: $input.lte.clone(),
            gt: $input.gt.clone(),
            gte: $input.gte.clone(),
            is_null: $input.is_null,
        }
    };
}

/// Conditions on a text field; `contains`, `startsWith` and `endsWith` ignore case.
#[derive(InputObject, Debug, Clone)]
pub struct StringFilter {
    /// Equal to this text.
    eq: Option<String>,
    /// Not equal to this text.
    ne: Option<String>,
    /// Equal to one of these texts.
    #[graphql(name = "in")]
    is_in: Option<Vec<String>>,
    /// Equal to none of these texts.
    not_in: Option<Vec<String>>,
    /// Before this text in code-point order.
    lt: Option<String>,
    /// Before or equal to this text.
    lte: Option<String>,
    /// After this text in code-point order.
    gt: Option<String>,
    /// After or equal to this text.
    gte: Option<String>,
    /// Unknown (`true`) or known (`false`).
    is_null: Option<bool>,
    /// Contains this text, ignoring case.
    contains: Option<String>,
    /// Starts with this text, ignoring case.
    starts_with: Option<String>,
    /// Ends with this text, ignoring case.
    ends_with: Option<String>,
}

impl Operators for StringFilter {
    fn on(&self, expr: Expr) -> AppResult<Condition> {
        let compared = comparison!(self).on(expr.clone());
        let matched = TextMatch {
            contains: self.contains.clone(),
            starts_with: self.starts_with.clone(),
            ends_with: self.ends_with.clone(),
        }
        .on(expr);
        Ok(compared.add(matched))
    }
}

/// Conditions on a date, known to the day, month or year (`1990`, `1990-05`, `1990-05-17`).
/// Dates compare as ISO text: `lt: "1990"` is before 1990, `gte: "1990-05"` from May 1990 on.
#[derive(InputObject, Debug, Clone)]
pub struct DateFilter {
    /// Equal to this date, as precise as it is stored.
    eq: Option<String>,
    /// Not equal to this date.
    ne: Option<String>,
    /// Equal to one of these dates.
    #[graphql(name = "in")]
    is_in: Option<Vec<String>>,
    /// Equal to none of these dates.
    not_in: Option<Vec<String>>,
    /// Before this date.
    lt: Option<String>,
    /// Before this date or on it.
    lte: Option<String>,
    /// After this date (`gt: "1990"` includes `1990-05`: give `gte: "1991"` for after 1990).
    gt: Option<String>,
    /// On or after this date.
    gte: Option<String>,
    /// Unknown (`true`) or known (`false`).
    is_null: Option<bool>,
}

impl Operators for DateFilter {
    fn on(&self, expr: Expr) -> AppResult<Condition> {
        let singles = [&self.eq, &self.ne, &self.lt, &self.lte, &self.gt, &self.gte];
        let lists = [&self.is_in, &self.not_in];
        let dates = singles
            .into_iter()
            .flatten()
            .chain(lists.into_iter().flatten().flatten());
        for date in dates {
            crate::dataset::check_partial_date("date", date).map_err(|_| {
                AppError::BadUserInput(format!(
                    "`{date}` in a date filter is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
                ))
            })?;
        }
        Ok(comparison!(self).on(expr))
    }
}

/// Comparison operators on a number.
#[derive(InputObject, Debug, Clone)]
#[graphql(concrete(name = "IntFilter", params(i32)))]
#[graphql(concrete(name = "FloatFilter", params(f64)))]
pub struct NumberFilter<T: InputType> {
    /// Equal to this number.
    eq: Option<T>,
    /// Not equal to this number.
    ne: Option<T>,
    /// Equal to one of these numbers.
    #[graphql(name = "in")]
    is_in: Option<Vec<T>>,
    /// Equal to none of these numbers.
    not_in: Option<Vec<T>>,
    /// Less than this number.
    lt: Option<T>,
    /// Less than or equal to this number.
    lte: Option<T>,
    /// Greater than this number.
    gt: Option<T>,
    /// Greater than or equal to this number.
    gte: Option<T>,
    /// Unknown (`true`) or known (`false`).
    is_null: Option<bool>,
}

pub type IntFilter = NumberFilter<i32>;
pub type FloatFilter = NumberFilter<f64>;

impl<T: InputType + Clone + Into<sea_orm::Value>> Operators for NumberFilter<T> {
    fn on(&self, expr: Expr) -> AppResult<Condition> {
        Ok(comparison!(self).on(expr))
    }
}

/// A GraphQL enum with the text the database stores for each value.
pub trait Stored: Copy {
    fn stored(self) -> String;
}

macro_rules! stored {
    ($($name:ident),* $(,)?) => {$(
        impl Stored for vocabulary::$name {
            fn stored(self) -> String {
                entity::$name::from(self).to_value()
            }
        }
    )*};
}

vocabulary::with_vocabularies!(stored);

/// Conditions on a field with a fixed set of values.
#[derive(InputObject, Debug, Clone)]
#[graphql(concrete(name = "AgreementKindFilter", params(vocabulary::AgreementKind)))]
#[graphql(concrete(name = "AgreementStatusFilter", params(vocabulary::AgreementStatus)))]
#[graphql(concrete(name = "CityKindFilter", params(vocabulary::CityKind)))]
#[graphql(concrete(name = "ContinentFilter", params(vocabulary::Continent)))]
#[graphql(concrete(name = "DeliveryModeFilter", params(vocabulary::DeliveryMode)))]
#[graphql(concrete(name = "EventKindFilter", params(vocabulary::EventKind)))]
#[graphql(concrete(name = "MembershipRoleFilter", params(vocabulary::MembershipRole)))]
#[graphql(concrete(name = "OfficeKindFilter", params(vocabulary::OfficeKind)))]
#[graphql(concrete(name = "OrganizationKindFilter", params(vocabulary::OrganizationKind)))]
#[graphql(concrete(name = "PolicySectorFilter", params(vocabulary::PolicySector)))]
#[graphql(concrete(name = "ProgramKindFilter", params(vocabulary::ProgramKind)))]
#[graphql(concrete(name = "SourceKindFilter", params(vocabulary::SourceKind)))]
pub struct EnumFilter<T: InputType> {
    /// Equal to this value.
    eq: Option<T>,
    /// Not equal to this value.
    ne: Option<T>,
    /// One of these values.
    #[graphql(name = "in")]
    is_in: Option<Vec<T>>,
    /// None of these values.
    not_in: Option<Vec<T>>,
    /// Unknown (`true`) or known (`false`).
    is_null: Option<bool>,
}

impl<T: InputType + Stored> Operators for EnumFilter<T> {
    fn on(&self, expr: Expr) -> AppResult<Condition> {
        let stored = |values: &Option<Vec<T>>| {
            values
                .as_ref()
                .map(|values| values.iter().map(|value| value.stored()).collect())
        };
        Ok(Comparison {
            eq: self.eq.map(Stored::stored),
            ne: self.ne.map(Stored::stored),
            is_in: stored(&self.is_in),
            not_in: stored(&self.not_in),
            lt: None,
            lte: None,
            gt: None,
            gte: None,
            is_null: self.is_null,
        }
        .on(expr))
    }
}

/// The `some`/`every`/`none` input of a to-many relation to rows of `Item`.
pub trait ListFilter {
    type Item: Filter;

    /// Each quantifier with its filter, if given.
    fn quantified(&self) -> [(Quantifier, Option<&Self::Item>); 3];

    /// The quantified conditions, each over the rows `related` builds a subquery for.
    fn compile(
        &self,
        related: impl Fn(Quantifier, &dyn Fn(&Scope) -> AppResult<Condition>) -> AppResult<Condition>,
    ) -> AppResult<Condition> {
        let mut all = Condition::all();
        for (quantifier, filter) in self.quantified() {
            if let Some(filter) = filter {
                all = all.add(related(quantifier, &|scope| filter.compile(scope))?);
            }
        }
        Ok(all)
    }

    /// The clause of relation `R` on the parent in `scope`.
    fn of<R: Relation<Filter = Self::Item>>(&self, scope: &Scope) -> AppResult<Condition> {
        self.compile(|quantifier, filter| R::matching(scope, quantifier, filter))
    }
}

/// Declares the `some`/`every`/`none` input of a to-many relation to rows of a filter type.
macro_rules! list_filter {
    ($(#[$doc:meta])* $name:ident of $filter:ident) => {
        $(#[$doc])*
        #[derive(async_graphql::InputObject, Debug, Clone)]
        pub struct $name {
            /// At least one related row matches.
            pub some: Option<Box<$filter>>,
            /// Every related row matches (true when there are none).
            pub every: Option<Box<$filter>>,
            /// No related row matches.
            pub none: Option<Box<$filter>>,
        }

        impl crate::graphql::lists::ListFilter for $name {
            type Item = $filter;

            fn quantified(&self) -> [(crate::service::filter::Quantifier, Option<&$filter>); 3] {
                use crate::service::filter::Quantifier;
                [
                    (Quantifier::Some, self.some.as_deref()),
                    (Quantifier::Every, self.every.as_deref()),
                    (Quantifier::None, self.none.as_deref()),
                ]
            }
        }
    };
}
pub(crate) use list_filter;

/// Which way a key orders.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum OrderDirection {
    /// Smallest first.
    #[default]
    Asc,
    /// Largest first.
    Desc,
}

/// Where rows with an unknown key go.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum NullsOrder {
    /// Unknown values before known ones.
    First,
    /// Unknown values after known ones.
    Last,
}

/// An order field: what it sorts by on a table, and its name in cursors.
pub trait OrderField: Copy + std::fmt::Debug {
    fn key(self, scope: &Scope) -> AppResult<Key>;
}

/// One key of an `orderBy` list.
#[derive(InputObject, Debug, Clone)]
#[graphql(concrete(name = "AgreementOrder", params(AgreementOrderField)))]
#[graphql(concrete(name = "CityOrder", params(CityOrderField)))]
#[graphql(concrete(name = "EventOrder", params(EventOrderField)))]
#[graphql(concrete(name = "HostedOfficeOrder", params(HostedOfficeOrderField)))]
#[graphql(concrete(name = "MembershipOrder", params(MembershipOrderField)))]
#[graphql(concrete(name = "OrganizationOrder", params(OrganizationOrderField)))]
#[graphql(concrete(name = "PolicyExportOrder", params(PolicyExportOrderField)))]
#[graphql(concrete(name = "ProgramOrder", params(ProgramOrderField)))]
#[graphql(concrete(name = "SourceOrder", params(SourceOrderField)))]
#[graphql(concrete(name = "StatisticOrder", params(StatisticOrderField)))]
pub struct OrderBy<F: InputType> {
    /// What to order by.
    pub field: F,
    /// Smallest or largest first.
    #[graphql(default)]
    pub direction: OrderDirection,
    /// Where unknown values go (default: last).
    pub nulls: Option<NullsOrder>,
}

pub type AgreementOrder = OrderBy<AgreementOrderField>;
pub type CityOrder = OrderBy<CityOrderField>;
pub type MembershipOrder = OrderBy<MembershipOrderField>;
pub type StatisticOrder = OrderBy<StatisticOrderField>;

/// The ordering of the rows of `table`: the client's keys, else `default`, then the id.
pub fn ordering<F: OrderField + InputType>(
    table: &str,
    viewer: Option<Expr>,
    order_by: &[OrderBy<F>],
    default: F,
) -> AppResult<Ordering> {
    const MAX_KEYS: usize = 5;
    if order_by.len() > MAX_KEYS {
        return Err(AppError::BadUserInput(format!(
            "`orderBy` takes at most {MAX_KEYS} keys; got {}",
            order_by.len()
        )));
    }
    let aliases = Cell::new(0);
    let scope = Scope::new(table, &aliases, viewer);
    let defaults = [OrderBy {
        field: default,
        direction: OrderDirection::Asc,
        nulls: None,
    }];
    let keys = if order_by.is_empty() {
        &defaults[..]
    } else {
        order_by
    };
    let mut sort_keys = Vec::new();
    let mut signature = Vec::new();
    for key in keys {
        let Key {
            expr,
            sort_type,
            nullable,
        } = key.field.key(&scope)?;
        let descending = key.direction == OrderDirection::Desc;
        let nulls_first = key.nulls == Some(NullsOrder::First);
        signature.push(format!("{:?}:{descending}:{nulls_first}", key.field));
        sort_keys.push(SortKey {
            expr,
            sort_type,
            descending,
            nulls_first,
            nullable,
        });
    }
    Ok(Ordering {
        keys: sort_keys,
        id: scope.id(),
        signature: signature.join(","),
    })
}

/// A text column as a sort key.
pub fn text(expr: Expr) -> Key {
    Key::new(expr, SortType::Text)
}

/// An integer column as a sort key.
pub fn integer(expr: Expr) -> Key {
    Key::new(expr, SortType::Integer)
}

/// A number column as a sort key.
pub fn float(expr: Expr) -> Key {
    Key::new(expr, SortType::Float)
}

/// What an order field sorts by: an expression, the type its values compare as, and whether it
/// can be unknown. A key that never is orders without a NULLS clause, so an index on it serves
/// either direction.
pub struct Key {
    expr: Expr,
    sort_type: SortType,
    nullable: bool,
}

impl Key {
    fn new(expr: Expr, sort_type: SortType) -> Self {
        Self {
            expr,
            sort_type,
            nullable: true,
        }
    }

    /// The key of a column or expression that is never null.
    pub fn not_null(self) -> Self {
        Self {
            nullable: false,
            ..self
        }
    }
}

/// Rows of `E` whose column `parent` is this scope's id: the usual to-many relation.
pub fn children<'a, E: EntityName + Default>(
    scope: &Scope<'a>,
    parent: impl sea_orm::sea_query::IntoIden + Clone,
    quantifier: Quantifier,
    filter: &dyn Fn(&Scope) -> AppResult<Condition>,
) -> AppResult<Condition> {
    let id = scope.id();
    scope.to_many::<E>(
        quantifier,
        |inner| Condition::all().add(inner.col(parent.clone()).eq(id.clone())),
        None,
        filter,
    )
}

/// How many rows of `E` have this scope's id in their column `parent`, as a sort key.
pub fn count_children<E: EntityName + Default>(
    scope: &Scope,
    parent: impl sea_orm::sea_query::IntoIden,
) -> AppResult<Key> {
    let id = scope.id();
    Ok(
        integer(scope.count::<E>(|inner| Condition::all().add(inner.col(parent).eq(id)))?)
            .not_null(),
    )
}
