//! Data-only subtrees answered straight from rows.
//!
//! async-graphql resolves every field of an answer through a boxed future of its own; on a list
//! of thousands of objects that machinery costs several times what the rows cost to read. A list
//! field returns [`Rows`] instead of a `Vec`: when the selection below it is *data-only* (row
//! fields, `__typename` and argument-free relations whose own selections are data-only again,
//! through fragments on the type itself, with no directive and no response key twice), it loads
//! each relation for the whole list at once through the request's loader and builds the answer
//! in one synchronous pass per level, in query order. Anything else goes to async-graphql's own
//! list resolution, as does a subtree whose loads fail, so errors, their paths and null
//! propagation are always the general path's.
//!
//! An answer built from rows is in shape already (keys in query order, no error, no null where
//! the type forbids one), so the field reports it to the engine's shaping pass, which then takes
//! it as it is ([`InShape`]).
//!
//! Statement counts stay those of the general path: a relation asks the loader for the keys of
//! every parent of its level at once, and the loader batches them with whatever else the level
//! asks for. Relations whose parents give no key load nothing, as their resolvers would.
//!
//! A type takes part by two declarations: `#[row_fields]` on its `#[Object]` impl lists its row
//! fields (the methods that read `&self` alone, see `paradiplo_macros`), and [`relations!`] the
//! relations a data-only selection may walk, one line each. The fast path runs no schema
//! extension's per-field hooks; the schema installs none (see `engine`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use async_graphql::parser::types::{Field, FragmentDefinition, Selection, SelectionSet};
use async_graphql::resolver_utils::resolve_list;
use async_graphql::{ContextSelectionSet, Name, OutputType, Pos, Positioned, ServerResult, Value};
use futures_util::future::{BoxFuture, join_all};

use engine::shape::InShape;

use super::Limits;
use super::connection::PageArgs;
use super::loaders::{DbLoader, LoadError, PageRequest, RequestLoader};
use crate::service::keyset::KeysetPage;

/// A list of objects, answered straight from their rows where the selection allows. Its
/// GraphQL type is the `Vec`'s.
pub struct Rows<T>(Vec<T>);

impl<T> From<Vec<T>> for Rows<T> {
    fn from(items: Vec<T>) -> Self {
        Self(items)
    }
}

impl<T> FromIterator<T> for Rows<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        Self(items.into_iter().collect())
    }
}

/// The fields of a type computed from its row alone; written by `#[row_fields]`.
pub trait RowFields {
    /// The reader of the row field called `name` in the schema, if it is one.
    fn row_field(name: &str) -> Option<fn(&Self) -> Value>;
}

/// A GraphQL object type whose data-only selections are answered from rows.
pub trait RowObject: RowFields + OutputType + Sized + 'static {
    /// The relation called `name` in the schema, if a data-only selection may walk it.
    fn relation(name: &str) -> Option<Relation<Self>>;
}

/// The fragments of the request's document, by name.
type Fragments = HashMap<Name, Positioned<FragmentDefinition>>;

/// What a data-only walk needs of the request.
pub struct Env<'a> {
    fragments: &'a Fragments,
    loader: &'a RequestLoader,
    max_page_size: u32,
}

/// The answers of a selection for a batch of parents, one per parent, or `None` to hand the
/// subtree to the general path.
type Answers<'a> = BoxFuture<'a, Option<Vec<Value>>>;

/// A relation of `P` a data-only selection may walk.
pub struct Relation<P> {
    /// Whether the relation answers this field (its arguments and selection) from rows.
    pub answerable: fn(&Fragments, &Field) -> bool,
    /// The relation's value for each parent, with the field's selection answered below it.
    pub walk: for<'a> fn(&'a Env<'a>, &'a [&'a P], &'a Positioned<Field>) -> Answers<'a>,
}

/// Declares the relations of a type a data-only selection may walk, one line each:
/// `"name" => one Child: by |parent| Some(Key(…))` for a nullable to-one field,
/// `"name" => many Child: by |parent| Key(…)` for a list, either optionally followed by
/// `, |parent, row| Child::…` when the child is not simply `From` its row;
/// `"name" => total Node: by |parent, request| Key(…), compile` for a connection asked only
/// for its `totalCount` (see [`total`]).
macro_rules! relations {
    ($parent:ty { $($name:literal => $kind:ident $child:ty: by $key:expr $(, $wrap:expr)?;)* }) => {
        impl $crate::graphql::rows::RowObject for $parent {
            fn relation(name: &str) -> Option<$crate::graphql::rows::Relation<Self>> {
                match name {
                    $($name => Some($crate::graphql::rows::Relation {
                        answerable: $crate::graphql::rows::$kind::answerable::<$child>,
                        walk: |env, parents, field| {
                            Box::pin($crate::graphql::rows::$kind::walk::<$child, _, _, _, _, _>(
                                env,
                                parents,
                                field,
                                $key,
                                $crate::graphql::rows::relations!(@wrap $($wrap)?),
                            ))
                        },
                    }),)*
                    _ => None,
                }
            }
        }
    };
    (@wrap) => { |_, row| From::from(row) };
    (@wrap $wrap:expr) => { $wrap };
}
pub(crate) use relations;

impl<T: RowObject> OutputType for Rows<T> {
    fn type_name() -> Cow<'static, str> {
        Vec::<T>::type_name()
    }

    fn qualified_type_name() -> String {
        Vec::<T>::qualified_type_name()
    }

    fn create_type_info(registry: &mut async_graphql::registry::Registry) -> String {
        Vec::<T>::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        let env = Env {
            fragments: &ctx.query_env.fragments,
            loader: ctx.data_unchecked::<Arc<RequestLoader>>(),
            max_page_size: ctx.data_unchecked::<Limits>().max_page_size,
        };
        let selection = &ctx.item.node;
        let in_shape = ctx.data_opt::<Arc<InShape>>();
        if answerable::<T>(env.fragments, selection) {
            let items: Vec<&T> = self.0.iter().collect();
            if let Some(values) = answer(&env, &items, selection).await {
                if let Some(in_shape) = in_shape {
                    in_shape.report(field.pos, true);
                }
                return Ok(Value::List(values));
            }
        }
        if let Some(in_shape) = in_shape {
            in_shape.report(field.pos, false);
        }
        resolve_list(ctx, field, &self.0, Some(self.0.len())).await
    }
}

/// How one response key of a data-only selection is answered.
enum Column<'a, T> {
    Typename,
    Row(fn(&T) -> Value),
    Relation(Relation<T>, &'a Positioned<Field>),
}

/// The response keys of `selection` on `T` and how each is answered, in query order; `None`
/// when the selection is not data-only at this level.
fn columns<'a, T: RowObject>(
    fragments: &'a Fragments,
    selection: &'a SelectionSet,
) -> Option<Vec<(&'a Name, Column<'a, T>)>> {
    let mut fields = Vec::new();
    if !flatten(fragments, selection, &T::type_name(), &mut fields) {
        return None;
    }
    let mut columns: Vec<(&Name, Column<T>)> = Vec::with_capacity(fields.len());
    for field in fields {
        let key = &field.node.response_key().node;
        // A key selected twice is merged by the general path; rare enough to leave to it.
        if columns.iter().any(|(seen, _)| *seen == key) {
            return None;
        }
        let name = field.node.name.node.as_str();
        let column = if let Some(relation) = T::relation(name) {
            Column::Relation(relation, field)
        } else if !field.node.arguments.is_empty() {
            return None;
        } else if name == "__typename" {
            Column::Typename
        } else {
            Column::Row(T::row_field(name)?)
        };
        columns.push((key, column));
    }
    Some(columns)
}

/// Gathers the fields of `selection` on the type `type_name`, through fragments on that type;
/// `false` on a directive or a fragment on another type (an interface, a union).
fn flatten<'a>(
    fragments: &'a Fragments,
    selection: &'a SelectionSet,
    type_name: &str,
    fields: &mut Vec<&'a Positioned<Field>>,
) -> bool {
    selection.items.iter().all(|item| match &item.node {
        Selection::Field(field) => {
            fields.push(field);
            field.node.directives.is_empty()
        }
        Selection::FragmentSpread(spread) => {
            let Some(fragment) = fragments.get(&spread.node.fragment_name.node) else {
                return false;
            };
            spread.node.directives.is_empty()
                && fragment.node.directives.is_empty()
                && fragment.node.type_condition.node.on.node == type_name
                && flatten(
                    fragments,
                    &fragment.node.selection_set.node,
                    type_name,
                    fields,
                )
        }
        Selection::InlineFragment(inline) => {
            let on_type = inline
                .node
                .type_condition
                .as_ref()
                .is_none_or(|condition| condition.node.on.node == type_name);
            inline.node.directives.is_empty()
                && on_type
                && flatten(
                    fragments,
                    &inline.node.selection_set.node,
                    type_name,
                    fields,
                )
        }
    })
}

/// Whether `T` answers `selection` from rows, all the way down.
pub fn answerable<T: RowObject>(fragments: &Fragments, selection: &SelectionSet) -> bool {
    columns::<T>(fragments, selection).is_some_and(|columns| {
        columns.iter().all(|(_, column)| match column {
            Column::Relation(relation, field) => (relation.answerable)(fragments, &field.node),
            Column::Typename | Column::Row(_) => true,
        })
    })
}

/// The answers of an answerable `selection` for each of `items`: every relation walked for
/// all items at once, then each object built in query order.
async fn answer<T: RowObject>(
    env: &Env<'_>,
    items: &[&T],
    selection: &SelectionSet,
) -> Option<Vec<Value>> {
    let columns = columns::<T>(env.fragments, selection)?;
    let walks = columns.iter().filter_map(|(_, column)| match column {
        Column::Relation(relation, field) => Some((relation.walk)(env, items, field)),
        Column::Typename | Column::Row(_) => None,
    });
    let mut walked = join_all(walks)
        .await
        .into_iter()
        .map(|answers| answers.map(Vec::into_iter))
        .collect::<Option<Vec<_>>>()?;
    let objects = items.iter().map(|item| {
        let mut relations = walked.iter_mut();
        let object = columns.iter().map(|(key, column)| {
            let value = match column {
                Column::Typename => Value::String(item.introspection_type_name().into_owned()),
                Column::Row(read) => read(item),
                Column::Relation(..) => relations
                    .next()
                    .and_then(Iterator::next)
                    .unwrap_or_default(),
            };
            ((*key).clone(), value)
        });
        Value::Object(object.collect())
    });
    Some(objects.collect())
}

/// The rows behind `keys`, by key, as the loader shares them; nothing is asked of the loader
/// for no key, as no resolver would have asked.
async fn load<K, V>(env: &Env<'_>, keys: Vec<K>) -> Option<Arc<HashMap<K, V>>>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    V: Send + Sync + Clone + 'static,
    DbLoader: Loader<K, Value = V, Error = LoadError>,
{
    if keys.is_empty() {
        return Some(Arc::default());
    }
    env.loader.load_shared(keys).await.ok()
}

/// A relation without arguments whose child type answers the field's selection from rows.
pub fn plain_answerable<C: RowObject>(fragments: &Fragments, field: &Field) -> bool {
    field.arguments.is_empty() && answerable::<C>(fragments, &field.selection_set.node)
}

/// A nullable to-one relation: its object for each parent whose `key` finds a row, else null.
pub mod one {
    use super::*;

    pub use super::plain_answerable as answerable;

    pub async fn walk<C, P, K, M, F, W>(
        env: &Env<'_>,
        parents: &[&P],
        field: &Positioned<Field>,
        key: F,
        wrap: W,
    ) -> Option<Vec<Value>>
    where
        C: RowObject,
        K: Send + Sync + Hash + Eq + Clone + 'static,
        M: Send + Sync + Clone + 'static,
        DbLoader: Loader<K, Value = M, Error = LoadError>,
        F: Fn(&P) -> Option<K>,
        W: Fn(&P, M) -> C,
    {
        let keys: Vec<Option<K>> = parents.iter().map(|parent| key(parent)).collect();
        let rows = load(env, keys.iter().flatten().cloned().collect()).await?;
        let children: Vec<Option<C>> = parents
            .iter()
            .zip(&keys)
            .map(|(parent, key)| Some(wrap(parent, rows.get(key.as_ref()?)?.clone())))
            .collect();
        let found: Vec<&C> = children.iter().flatten().collect();
        let selection = &field.node.selection_set.node;
        let mut answers = answer(env, &found, selection).await?.into_iter();
        let values = children.iter().map(|child| match child {
            Some(_) => answers.next().unwrap_or_default(),
            None => Value::Null,
        });
        Some(values.collect())
    }
}

/// A to-many relation: the list of its objects for each parent, in the loader's order.
pub mod many {
    use super::*;

    pub use super::plain_answerable as answerable;

    pub async fn walk<C, P, K, M, F, W>(
        env: &Env<'_>,
        parents: &[&P],
        field: &Positioned<Field>,
        key: F,
        wrap: W,
    ) -> Option<Vec<Value>>
    where
        C: RowObject,
        K: Send + Sync + Hash + Eq + Clone + 'static,
        M: Send + Sync + Clone + 'static,
        DbLoader: Loader<K, Value = Vec<M>, Error = LoadError>,
        F: Fn(&P) -> K,
        W: Fn(&P, M) -> C,
    {
        let keys: Vec<K> = parents.iter().map(|parent| key(parent)).collect();
        let rows = load(env, keys.clone()).await?;
        let children: Vec<Vec<C>> = parents
            .iter()
            .zip(&keys)
            .map(|(parent, key)| {
                let rows = rows.get(key).into_iter().flatten().cloned();
                rows.map(|row| wrap(parent, row)).collect()
            })
            .collect();
        let all: Vec<&C> = children.iter().flatten().collect();
        let selection = &field.node.selection_set.node;
        let mut answers = answer(env, &all, selection).await?.into_iter();
        let values = children
            .iter()
            .map(|list| Value::List(answers.by_ref().take(list.len()).collect()));
        Some(values.collect())
    }
}

/// A connection asked only for its `totalCount`, with `first` or `last` at most: each parent's
/// total, counted for every parent at once through the loader key the connection's resolver
/// uses (`key`, from the parent and the compiled request), so the statements are the general
/// path's. `compile` compiles the request of the field at a position with the paging given; it
/// gives `None` where the general path would refuse the arguments, which then answers.
pub mod total {
    use super::*;

    /// Paging arguments given as literal numbers, and a selection of `totalCount` alone.
    // `relations!` names every kind's child type: here the connection's node type, unused.
    #[allow(clippy::extra_unused_type_parameters)]
    pub fn answerable<C>(_: &Fragments, field: &Field) -> bool {
        let paging = field.arguments.iter().all(|(name, value)| {
            matches!(name.node.as_str(), "first" | "last")
                && matches!(value.node.clone().into_const(), Some(Value::Number(_)))
        });
        let mut keys = Vec::new();
        let totals = field
            .selection_set
            .node
            .items
            .iter()
            .all(|item| match &item.node {
                Selection::Field(total) => {
                    let key = &total.node.response_key().node;
                    let fresh = !keys.contains(&key);
                    keys.push(key);
                    fresh
                        && total.node.name.node == "totalCount"
                        && total.node.arguments.is_empty()
                        && total.node.directives.is_empty()
                }
                Selection::FragmentSpread(_) | Selection::InlineFragment(_) => false,
            });
        paging && totals
    }

    #[allow(clippy::extra_unused_type_parameters)]
    pub async fn walk<C, P, K, M, F, W>(
        env: &Env<'_>,
        parents: &[&P],
        field: &Positioned<Field>,
        key: F,
        compile: W,
    ) -> Option<Vec<Value>>
    where
        K: Send + Sync + Hash + Eq + Clone + 'static,
        M: Send + Sync + Clone + 'static,
        DbLoader: Loader<K, Value = KeysetPage<M>, Error = LoadError>,
        F: Fn(&P, &Arc<PageRequest>) -> K,
        W: Fn(Pos, PageArgs, u32) -> Option<Arc<PageRequest>>,
    {
        let mut page = PageArgs::default();
        for (name, value) in &field.node.arguments {
            let Some(Value::Number(number)) = value.node.clone().into_const() else {
                return None;
            };
            let size = number.as_i64().and_then(|size| i32::try_from(size).ok());
            match name.node.as_str() {
                "first" => page.first = Some(size?),
                "last" => page.last = Some(size?),
                _ => return None,
            }
        }
        let request = compile(field.pos, page, env.max_page_size)?;
        let keys: Vec<K> = parents.iter().map(|parent| key(parent, &request)).collect();
        let pages = load(env, keys.clone()).await?;
        let totals = keys.iter().map(|key| {
            let total = pages.get(key).map_or(0, |page| page.total);
            let selection = field.node.selection_set.node.items.iter();
            let object = selection.filter_map(|item| match &item.node {
                Selection::Field(total_count) => Some(total_count.node.response_key().node.clone()),
                _ => None,
            });
            Value::Object(object.map(|key| (key, Value::from(total))).collect())
        });
        Some(totals.collect())
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::parser::parse_query;
    use async_graphql::parser::types::{DocumentOperations, ExecutableDocument};

    use super::*;
    use crate::graphql::types::City;

    /// Whether the selection of the root field `city` of `query` is answered from rows.
    fn city_answerable(query: &str) -> bool {
        let document: ExecutableDocument = parse_query(query).expect("a valid document");
        let DocumentOperations::Single(operation) = &document.operations else {
            panic!("one operation");
        };
        let Selection::Field(city) = &operation.node.selection_set.node.items[0].node else {
            panic!("a field");
        };
        answerable::<City>(&document.fragments, &city.node.selection_set.node)
    }

    #[test]
    fn row_fields_relations_typename_and_fragments_on_the_type_are_data_only() {
        assert!(city_answerable(
            "{ city { __typename nameEn kind latitude country { code } \
             agreements { kind partner { ...Named memberships { organization { nameEn } } } } } }
             fragment Named on City { name: nameEn ... on City { slug } }"
        ));
    }

    #[test]
    fn a_connection_asked_only_for_its_total_with_literal_paging_is_data_only() {
        assert!(city_answerable(
            "{ city { agreements { partner { nameEn country { nameEn } \
             agreementsConnection(first: 1) { totalCount } \
             latest: agreementsConnection(last: 2) { n: totalCount all: totalCount } } } \
             agreementsConnection { totalCount } } }"
        ));
    }

    #[test]
    fn arguments_directives_guards_other_types_and_repeated_keys_are_not() {
        for query in [
            r#"{ city { agreements(kind: SISTER) { kind } } }"#,
            "{ city { nameEn @include(if: true) } }",
            "{ city { ... @skip(if: false) { nameEn } } }",
            "{ city { history { action } } }",
            "{ city { centrality { degree } } }",
            "{ city { ... on Node { id } } }",
            "{ city { nameEn nameEn } }",
            "{ city { agreements { partner { distanceKm(latitude: 0, longitude: 0) } } } }",
            "{ city { agreementsConnection(first: 1) { totalCount pageInfo { hasNextPage } } } }",
            "{ city { agreementsConnection(kind: SISTER) { totalCount } } }",
            "query ($n: Int) { city { agreementsConnection(first: $n) { totalCount } } }",
            "{ city { agreementsConnection { totalCount totalCount } } }",
            "{ city { agreementsConnection { ... on AgreementConnection { totalCount } } } }",
        ] {
            assert!(!city_answerable(query), "{query}");
        }
    }
}
