//! The building blocks of typed filters: conditions on a table reached under an alias, the
//! comparison and text operators, and relations followed through subqueries (`IN` for to-one,
//! `EXISTS` for some/every/none of a to-many), so a filter of any depth is one SQL condition.

use std::cell::Cell;

use sea_orm::sea_query::{
    Alias, DynIden, Expr, ExprTrait, Func, IntoIden, LikeExpr, Query, SelectStatement,
};
use sea_orm::{Condition, EntityName, Value};

use crate::error::{AppError, AppResult};

/// How deep filters may nest (relations and `and`/`or`/`not` alike).
pub const MAX_FILTER_DEPTH: u32 = 12;

/// Where a filter is compiled: the table its fields are on, under which alias, and, for
/// agreements, the city they are seen from (so `partner` means the other party).
pub struct Scope<'a> {
    table: DynIden,
    viewer: Option<Expr>,
    aliases: &'a Cell<u32>,
    depth: u32,
}

/// Which rows of a to-many relation must match.
pub enum Quantifier {
    Some,
    Every,
    None,
}

impl<'a> Scope<'a> {
    /// The scope of a list's table, under its name or the alias of a derived table.
    pub fn new(table: &str, aliases: &'a Cell<u32>, viewer: Option<Expr>) -> Self {
        Self {
            table: Alias::new(table).into_iden(),
            viewer,
            aliases,
            depth: 0,
        }
    }

    /// A column of this scope's table.
    pub fn col(&self, column: impl IntoIden) -> Expr {
        Expr::col((self.table.clone(), column.into_iden()))
    }

    /// The id of this scope's row.
    pub fn id(&self) -> Expr {
        self.col(Alias::new("id"))
    }

    /// The city this scope's agreements are seen from, if any.
    pub fn viewer(&self) -> Option<Expr> {
        self.viewer.clone()
    }

    /// The same table one level deeper, for `and`/`or`/`not`.
    pub fn nested(&self) -> AppResult<Scope<'a>> {
        self.deeper(self.table.clone(), self.viewer.clone())
    }

    fn deeper(&self, table: DynIden, viewer: Option<Expr>) -> AppResult<Scope<'a>> {
        if self.depth >= MAX_FILTER_DEPTH {
            return Err(AppError::BadUserInput(format!(
                "`filter` nests deeper than {MAX_FILTER_DEPTH} levels"
            )));
        }
        Ok(Scope {
            table,
            viewer,
            aliases: self.aliases,
            depth: self.depth + 1,
        })
    }

    /// A subquery over `E` under a fresh alias, and the scope inside it.
    fn enter<E: EntityName + Default>(
        &self,
        viewer: Option<Expr>,
    ) -> AppResult<(SelectStatement, Scope<'a>)> {
        let next = self.aliases.get() + 1;
        self.aliases.set(next);
        let alias = Alias::new(format!("f{next}")).into_iden();
        let mut subquery = Query::select();
        subquery.from_as(E::default(), alias.clone());
        Ok((subquery, self.deeper(alias, viewer)?))
    }

    /// `key` names a row of `E` (by `E`'s column `target`) that matches `filter`.
    pub fn to_one<E: EntityName + Default>(
        &self,
        key: Expr,
        target: impl IntoIden,
        filter: impl FnOnce(&Scope<'a>) -> AppResult<Condition>,
    ) -> AppResult<Condition> {
        let (mut subquery, inner) = self.enter::<E>(None)?;
        subquery.expr(inner.col(target)).cond_where(filter(&inner)?);
        Ok(Condition::all().add(key.in_subquery(subquery)))
    }

    /// The number of rows of `E` linked to this row by `link`.
    pub fn count<E: EntityName + Default>(
        &self,
        link: impl FnOnce(&Scope<'a>) -> Condition,
    ) -> AppResult<Expr> {
        let (mut subquery, inner) = self.enter::<E>(None)?;
        subquery
            .expr(Func::count(Expr::val(1)))
            .cond_where(link(&inner));
        Ok(subquery.into())
    }

    /// `E`'s column `value` of the row whose column `target` equals `key` (a to-one relation).
    pub fn lookup<E: EntityName + Default>(
        &self,
        key: Expr,
        target: impl IntoIden,
        value: impl IntoIden,
    ) -> AppResult<Expr> {
        let (mut subquery, inner) = self.enter::<E>(None)?;
        subquery
            .expr(inner.col(value))
            .and_where(inner.col(target).eq(key));
        Ok(subquery.into())
    }

    /// Some, every or none of the rows of `E` linked to this row by `link` match `filter`.
    /// `viewer` is the city the linked rows are seen from, for agreements.
    pub fn to_many<E: EntityName + Default>(
        &self,
        quantifier: Quantifier,
        link: impl FnOnce(&Scope<'a>) -> Condition,
        viewer: Option<Expr>,
        filter: impl FnOnce(&Scope<'a>) -> AppResult<Condition>,
    ) -> AppResult<Condition> {
        let (mut subquery, inner) = self.enter::<E>(viewer)?;
        let matching = filter(&inner)?;
        subquery.expr(Expr::val(1)).cond_where(link(&inner));
        Ok(match quantifier {
            Quantifier::Some => {
                Condition::all().add(Expr::exists(subquery.and_where(matching.into()).take()))
            }
            Quantifier::None => {
                Condition::all().add(Expr::not_exists(subquery.and_where(matching.into()).take()))
            }
            // A row whose match is unknown (NULL) does not match.
            Quantifier::Every => Condition::all().add(Expr::not_exists(
                subquery
                    .and_where(
                        Expr::from(Func::coalesce([Expr::from(matching), Expr::cust("FALSE")]))
                            .not(),
                    )
                    .take(),
            )),
        })
    }
}

/// Builds the comparison of an expression with a value.
type Compare = fn(Expr, Value) -> Expr;

/// Comparison operators on one value.
pub struct Comparison<T> {
    pub eq: Option<T>,
    pub ne: Option<T>,
    pub is_in: Option<Vec<T>>,
    pub not_in: Option<Vec<T>>,
    pub lt: Option<T>,
    pub lte: Option<T>,
    pub gt: Option<T>,
    pub gte: Option<T>,
    pub is_null: Option<bool>,
}

impl<T: Into<Value> + Clone> Comparison<T> {
    /// Every operator given must hold of `expr`.
    pub fn on(&self, expr: Expr) -> Condition {
        let compared: [(&Option<T>, Compare); 6] = [
            (&self.eq, |expr, value| expr.eq(value)),
            (&self.ne, |expr, value| expr.ne(value)),
            (&self.lt, |expr, value| expr.lt(value)),
            (&self.lte, |expr, value| expr.lte(value)),
            (&self.gt, |expr, value| expr.gt(value)),
            (&self.gte, |expr, value| expr.gte(value)),
        ];
        let mut all = Condition::all();
        for (value, compare) in compared {
            if let Some(value) = value {
                all = all.add(compare(expr.clone(), value.clone().into()));
            }
        }
        if let Some(values) = &self.is_in {
            all = all.add(expr.clone().is_in(values.iter().cloned().map(Into::into)));
        }
        if let Some(values) = &self.not_in {
            all = all.add(
                expr.clone()
                    .is_not_in(values.iter().cloned().map(Into::into)),
            );
        }
        match self.is_null {
            Some(true) => all.add(expr.is_null()),
            Some(false) => all.add(expr.is_not_null()),
            None => all,
        }
    }
}

/// Case-insensitive text matching.
pub struct TextMatch {
    pub contains: Option<String>,
    pub starts_with: Option<String>,
    pub ends_with: Option<String>,
}

impl TextMatch {
    pub fn on(&self, expr: Expr) -> Condition {
        let mut all = Condition::all();
        let patterns = [
            self.contains
                .as_deref()
                .map(|text| format!("%{}%", escape(text))),
            self.starts_with
                .as_deref()
                .map(|text| format!("{}%", escape(text))),
            self.ends_with
                .as_deref()
                .map(|text| format!("%{}", escape(text))),
        ];
        for pattern in patterns.into_iter().flatten() {
            all = all.add(
                Expr::from(Func::lower(expr.clone()))
                    .like(LikeExpr::new(pattern.to_lowercase()).escape('\\')),
            );
        }
        all
    }
}

/// The text taken literally in a LIKE pattern.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn like_wildcards_are_taken_literally() {
        assert_eq!(escape("50%_a\\b"), "50\\%\\_a\\\\b");
    }
}
