//! The shape of an answer, as the GraphQL specification requires it: every object holds exactly
//! the keys of its selection set, in the order of the query (after fragments are merged), and a
//! field that failed is `null`, nulling its nearest nullable ancestor when its type is non-null
//! ("Handling Field Errors"), up to `data: null`.
//!
//! async-graphql resolves an object's fields concurrently and inserts each as it finishes, leaves
//! out a field that failed, and turns an object whose fields all failed into `null`. Rather than
//! change how it resolves (one future per field is what makes loaders batch), [`Shapes`] puts
//! each answer in shape once, after execution, from the document and the schema's types.
//!
//! The concrete type of an object is what decides which fragments apply to it, and the answer
//! does not say it for objects of an interface or union. So before execution [`Shapes::mark`]
//! adds `__typename` under a hidden alias to every selection on an abstract type, and the
//! shaping pass reads and removes it.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::mem::take;
use std::rc::Rc;
use std::sync::{Mutex, PoisonError};

use async_graphql::parser::types::{
    ExecutableDocument, Field, OperationDefinition, OperationType, Selection, SelectionSet,
};
use async_graphql::registry::{MetaType, MetaTypeName, Registry};
use async_graphql::{
    Name, ObjectType, PathSegment, Pos, Positioned, Response, ServerError, SubscriptionType, Value,
    Variables,
};
use async_graphql_value::Value as InputValue;
use async_graphql_value::indexmap::IndexMap;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// The response key under which an abstract object's concrete type travels through execution.
const CONCRETE_TYPE: &str = "__concreteTypeForShape";

/// The fields of a request whose resolvers answered in shape already — keys in query order,
/// no error below, no null in a non-null position — which the shaping pass then takes as they
/// are. A resolver finds it in the request's data and reports each answer of a field by the
/// field's position in the document; a field is taken as it is only if every answer of it
/// was in shape (a fragment's field answers in several places).
#[derive(Default)]
pub struct InShape(Mutex<HashMap<Pos, bool>>);

impl InShape {
    /// Reports one answer of the field at `pos`, in shape or not.
    pub fn report(&self, pos: Pos, in_shape: bool) {
        let mut fields = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let all = fields.entry(pos).or_insert(true);
        *all &= in_shape;
    }

    /// The positions of the fields every answer of which was in shape.
    fn taken(&self) -> HashSet<Pos> {
        let fields = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let in_shape = fields.iter().filter(|(_, all)| **all);
        in_shape.map(|(pos, _)| *pos).collect()
    }
}

/// The schema's types, as the shaping pass needs them.
pub struct Shapes {
    registry: Registry,
    query: String,
    mutation: String,
    subscription: String,
}

impl Shapes {
    /// The types of the schema whose roots are `Q`, `M` and `S`.
    pub fn of<Q: ObjectType, M: ObjectType, S: SubscriptionType>() -> Self {
        let mut registry = Registry::default();
        Q::create_type_info(&mut registry);
        M::create_type_info(&mut registry);
        S::create_type_info(&mut registry);
        Self {
            registry,
            query: Q::type_name().into_owned(),
            mutation: M::type_name().into_owned(),
            subscription: S::type_name().into_owned(),
        }
    }

    /// Asks every object of an interface or union type for its concrete type, under a hidden
    /// key. Parts of the document that do not fit the schema are left as they are: validation
    /// refuses them.
    pub fn mark(&self, document: &mut ExecutableDocument) {
        let fragments: Vec<(String, &mut Positioned<SelectionSet>)> = document
            .fragments
            .values_mut()
            .map(|fragment| {
                let on = fragment.node.type_condition.node.on.node.to_string();
                (on, &mut fragment.node.selection_set)
            })
            .collect();
        for (on, selection_set) in fragments {
            self.mark_set(&on, &mut selection_set.node);
        }
        let operations: Vec<&mut Positioned<OperationDefinition>> = match &mut document.operations {
            async_graphql::parser::types::DocumentOperations::Single(operation) => {
                vec![operation]
            }
            async_graphql::parser::types::DocumentOperations::Multiple(operations) => {
                operations.values_mut().collect()
            }
        };
        for operation in operations {
            let root = self.root(operation.node.ty).to_owned();
            self.mark_set(&root, &mut operation.node.selection_set.node);
        }
    }

    fn mark_set(&self, type_name: &str, selection_set: &mut SelectionSet) {
        for selection in &mut selection_set.items {
            match &mut selection.node {
                Selection::Field(field) => {
                    let Some(field_type) = self
                        .registry
                        .types
                        .get(type_name)
                        .and_then(|ty| ty.field_by_name(&field.node.name.node))
                    else {
                        continue;
                    };
                    let named = MetaTypeName::concrete_typename(&field_type.ty).to_owned();
                    let Some(ty) = self.registry.types.get(&named) else {
                        continue;
                    };
                    let subselection = &mut field.node.selection_set;
                    if ty.is_abstract() && !subselection.node.items.is_empty() {
                        let pos = subselection.pos;
                        subselection.node.items.push(concrete_type_field(pos));
                    }
                    self.mark_set(&named, &mut subselection.node);
                }
                Selection::InlineFragment(fragment) => {
                    let on = fragment
                        .node
                        .type_condition
                        .as_ref()
                        .map_or(type_name.to_owned(), |condition| {
                            condition.node.on.node.to_string()
                        });
                    self.mark_set(&on, &mut fragment.node.selection_set.node);
                }
                Selection::FragmentSpread(_) => {}
            }
        }
    }

    fn root(&self, operation: OperationType) -> &str {
        match operation {
            OperationType::Query => &self.query,
            OperationType::Mutation => &self.mutation,
            OperationType::Subscription => &self.subscription,
        }
    }

    /// Puts the data of `response`, an answer to `document`'s operation `operation_name` with
    /// `variables`, in the shape the specification requires. A response without data (the
    /// request never executed) is left alone.
    pub fn shape(
        &self,
        document: &ExecutableDocument,
        operation_name: Option<&str>,
        variables: &Variables,
        in_shape: &InShape,
        response: &mut Response,
    ) {
        if !executed(response) {
            return;
        }
        let Some((_, operation)) = operation(document, operation_name) else {
            return;
        };
        let walk = Walk {
            shapes: self,
            document,
            variables,
            errors: &response.errors,
            in_shape: in_shape.taken(),
            collected: RefCell::default(),
        };
        let data = std::mem::take(&mut response.data);
        let root = self.root(operation.node.ty);
        let map = match data {
            Value::Object(map) => map,
            _ => IndexMap::new(),
        };
        let Some((root, root_type)) = self.registry.types.get_key_value(root) else {
            response.data = Value::Object(map);
            return;
        };
        response.data = walk
            .object(
                (root, root_type),
                &[&operation.node.selection_set.node],
                map,
                &mut Vec::new(),
            )
            .unwrap_or(Value::Null);
    }
}

/// The operation named `name`, or the document's only one, with its name.
pub(crate) fn operation<'a>(
    document: &'a ExecutableDocument,
    name: Option<&str>,
) -> Option<(Option<&'a Name>, &'a Positioned<OperationDefinition>)> {
    let mut operations = document.operations.iter();
    match name {
        Some(name) => {
            operations.find(|(found, _)| found.is_some_and(|found| found.as_str() == name))
        }
        None => operations.next(),
    }
}

/// Gives every variable the operation declares with a default, and the request leaves out,
/// its default: async-graphql reads `@skip(if: $v)` and `@include(if: $v)` from the request's
/// variables alone.
pub(crate) fn fill_defaults(
    document: &ExecutableDocument,
    name: Option<&str>,
    variables: &mut Variables,
) {
    let Some((_, operation)) = operation(document, name) else {
        return;
    };
    for definition in &operation.node.variable_definitions {
        if let Some(default) = &definition.node.default_value {
            variables
                .entry(definition.node.name.node.clone())
                .or_insert_with(|| default.node.clone());
        }
    }
}

/// Whether the request was executed: refusals before execution (parse, validation, limits,
/// guards) have neither data nor a path, while every error raised during execution has a path.
pub fn executed(response: &Response) -> bool {
    !matches!(response.data, Value::Null)
        || response.errors.is_empty()
        || response.errors.iter().any(|error| !error.path.is_empty())
}

/// A response written as the specification says: `data` whenever the request executed (`null`
/// included), then `errors` and `extensions` when there are any. (async-graphql's own
/// serialization leaves a `null` `data` out.)
pub struct Written<'a>(pub &'a Response);

impl Serialize for Written<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let response = self.0;
        let mut map = serializer.serialize_map(None)?;
        if executed(response) {
            map.serialize_entry("data", &response.data)?;
        }
        if !response.errors.is_empty() {
            map.serialize_entry("errors", &response.errors)?;
        }
        if !response.extensions.is_empty() {
            map.serialize_entry("extensions", &response.extensions)?;
        }
        map.end()
    }
}

/// `__typename` under the hidden key.
fn concrete_type_field(pos: Pos) -> Positioned<Selection> {
    Positioned::new(
        Selection::Field(Positioned::new(
            Field {
                alias: Some(Positioned::new(Name::new(CONCRETE_TYPE), pos)),
                name: Positioned::new(Name::new("__typename"), pos),
                arguments: Vec::new(),
                directives: Vec::new(),
                selection_set: Positioned::new(SelectionSet::default(), pos),
            },
            pos,
        )),
        pos,
    )
}

/// One answer being shaped.
struct Walk<'a> {
    shapes: &'a Shapes,
    document: &'a ExecutableDocument,
    variables: &'a Variables,
    errors: &'a [ServerError],
    /// The fields answered in shape already (see [`InShape`]).
    in_shape: HashSet<Pos>,
    /// The fields of each selection on each concrete type, collected once for every object of
    /// a list rather than once per object.
    collected: RefCell<HashMap<Selected<'a>, (Vec<*const SelectionSet>, Fields<'a>)>>,
}

/// Selection sets read on a concrete type: the type, and the first set and how many there are
/// (by address: they live in the document); every set is compared on a hit.
type Selected<'a> = (&'a str, *const SelectionSet, usize);

type Fields<'a> = Rc<[Collected<'a>]>;

/// A field of an object's answer, as collected from its selection sets.
struct Collected<'a> {
    key: &'a str,
    name: &'a str,
    /// The field's type in the schema (`[City!]!`), none for `__typename` and introspection.
    ty: Option<&'a str>,
    /// The object, interface or union type named in `ty`, if it names one.
    composite: Option<Composite<'a>>,
    subsets: Vec<&'a SelectionSet>,
    /// Where the field is in the document, when one field alone answers the key.
    alone_at: Option<Pos>,
}

/// An object, interface or union type of the schema, by name.
type Composite<'a> = (&'a str, &'a MetaType);

/// One step of the path to a value, borrowed from the document; error paths are compared with
/// it only when an object came back `null`.
#[derive(Clone, Copy)]
enum Step<'a> {
    Field(&'a str),
    Index(usize),
}

/// The value at a position, or `None` when a non-null position is null and its parent must
/// be nulled in its place.
type Completed = Option<Value>;

impl<'a> Walk<'a> {
    /// The object of type `type_name` selected by `selection_sets` (those of every field merged
    /// under one response key), from the fields execution produced. When execution produced
    /// exactly the selected keys in query order, the object is completed where it is.
    fn object(
        &self,
        (named, named_type): Composite<'a>,
        selection_sets: &[&'a SelectionSet],
        mut produced: IndexMap<Name, Value>,
        path: &mut Vec<Step<'a>>,
    ) -> Completed {
        let registry = &self.shapes.registry;
        // Only objects of an interface or union carry their concrete type (see `mark`), and
        // async-graphql names only types of the schema.
        let (concrete, object_type) = if named_type.is_abstract()
            && let Some(Value::String(concrete)) = produced.shift_remove(CONCRETE_TYPE)
        {
            match registry.types.get_key_value(&concrete) {
                Some((name, ty)) => (name.as_str(), ty),
                None => return Some(Value::Object(produced)),
            }
        } else {
            (named, named_type)
        };
        let fields = self.fields((concrete, object_type), selection_sets);
        let in_order = produced.len() == fields.len()
            && produced
                .keys()
                .zip(fields.iter())
                .all(|(key, field)| key.as_str() == field.key);
        if in_order {
            for (value, field) in produced.values_mut().zip(fields.iter()) {
                let completed = self.field(concrete, field, take(value), path)?;
                *value = completed;
            }
            return Some(Value::Object(produced));
        }
        let mut shaped = IndexMap::with_capacity(fields.len());
        for field in fields.iter() {
            let (key, value) = produced
                .swap_remove_entry(field.key)
                .unwrap_or_else(|| (Name::new(field.key), Value::Null));
            let value = self.field(concrete, field, value, path)?;
            shaped.insert(key, value);
        }
        Some(Value::Object(shaped))
    }

    /// The completed value of `field` of an object of type `concrete`.
    fn field(
        &self,
        concrete: &str,
        field: &Collected<'a>,
        value: Value,
        path: &mut Vec<Step<'a>>,
    ) -> Completed {
        if field
            .alone_at
            .is_some_and(|pos| self.in_shape.contains(&pos))
        {
            return Some(value);
        }
        match field.ty {
            Some(ty) => {
                path.push(Step::Field(field.key));
                let completed = self.value(ty, field.composite, &field.subsets, value, path);
                path.pop();
                completed
            }
            // `__typename`, and introspection, which async-graphql answers in order.
            None if field.name == "__typename" && matches!(value, Value::Null) => {
                Some(Value::String(concrete.to_owned()))
            }
            None => Some(value),
        }
    }

    /// The fields `selection_sets` select on an object of type `concrete`, in query order.
    fn fields(
        &self,
        (concrete, object_type): Composite<'a>,
        selection_sets: &[&'a SelectionSet],
    ) -> Fields<'a> {
        let sets = selection_sets.iter().map(|set| std::ptr::from_ref(*set));
        let first = sets.clone().next().unwrap_or(std::ptr::null());
        let selected = (concrete, first, selection_sets.len());
        if let Some((cached, fields)) = self.collected.borrow().get(&selected)
            && cached.iter().copied().eq(sets.clone())
        {
            return fields.clone();
        }
        let sets: Vec<*const SelectionSet> = sets.collect();
        let mut by_key: IndexMap<&'a str, Vec<(&'a Field, Pos)>> = IndexMap::new();
        self.collect(concrete, selection_sets, &mut by_key, &mut HashSet::new());
        let fields: Fields<'a> = by_key
            .into_iter()
            .map(|(key, merged)| {
                let name = merged[0].0.name.node.as_str();
                let ty = object_type
                    .field_by_name(name)
                    .map(|field| field.ty.as_str());
                (key, merged, name, ty)
            })
            .map(|(key, merged, name, ty)| Collected {
                key,
                name,
                ty,
                composite: ty.and_then(|ty| self.composite(MetaTypeName::concrete_typename(ty))),
                alone_at: match merged.as_slice() {
                    [(_, pos)] => Some(*pos),
                    _ => None,
                },
                subsets: merged
                    .iter()
                    .map(|(field, _)| &field.selection_set.node)
                    .collect(),
            })
            .collect();
        self.collected
            .borrow_mut()
            .insert(selected, (sets, fields.clone()));
        fields
    }

    /// The value of type `ty` (`[City!]!` and the like) at `path`.
    fn value(
        &self,
        ty: &str,
        composite: Option<Composite<'a>>,
        selection_sets: &[&'a SelectionSet],
        value: Value,
        path: &mut Vec<Step<'a>>,
    ) -> Completed {
        match MetaTypeName::create(ty) {
            MetaTypeName::NonNull(inner) => {
                match self.value(inner, composite, selection_sets, value, path)? {
                    Value::Null => None,
                    value => Some(value),
                }
            }
            MetaTypeName::List(inner) => match value {
                Value::List(mut items) => {
                    for (index, item) in items.iter_mut().enumerate() {
                        path.push(Step::Index(index));
                        let completed =
                            self.value(inner, composite, selection_sets, take(item), path);
                        path.pop();
                        match completed {
                            Some(completed) => *item = completed,
                            None => return Some(Value::Null),
                        }
                    }
                    Some(Value::List(items))
                }
                other => Some(other),
            },
            MetaTypeName::Named(_) => {
                let Some(composite) = composite else {
                    return Some(value);
                };
                let produced = match value {
                    Value::Object(map) => map,
                    // An object whose every field failed comes back as `null`.
                    Value::Null if self.failed_below(path) => IndexMap::new(),
                    other => return Some(other),
                };
                Some(
                    self.object(composite, selection_sets, produced, path)
                        .unwrap_or(Value::Null),
                )
            }
        }
    }

    /// The object, interface or union type called `name`, if there is one.
    fn composite(&self, name: &str) -> Option<Composite<'a>> {
        let registry = &self.shapes.registry;
        let (name, ty) = registry.types.get_key_value(name)?;
        ty.is_composite().then_some((name.as_str(), ty))
    }

    /// Whether an error was raised below `path`.
    fn failed_below(&self, path: &[Step<'a>]) -> bool {
        self.errors.iter().any(|error| {
            error.path.len() > path.len()
                && error
                    .path
                    .iter()
                    .zip(path)
                    .all(|(segment, step)| match (segment, step) {
                        (PathSegment::Field(name), Step::Field(key)) => name == key,
                        (PathSegment::Index(index), Step::Index(at)) => index == at,
                        _ => false,
                    })
        })
    }

    /// The fields `selection_sets` select on an object of type `concrete`, by response key in
    /// the order of the query (the specification's CollectFields).
    fn collect(
        &self,
        concrete: &str,
        selection_sets: &[&'a SelectionSet],
        fields: &mut IndexMap<&'a str, Vec<(&'a Field, Pos)>>,
        visited: &mut HashSet<&'a str>,
    ) {
        for selection_set in selection_sets {
            for selection in &selection_set.items {
                match &selection.node {
                    Selection::Field(field) => {
                        let key = field.node.response_key().node.as_str();
                        if key != CONCRETE_TYPE && self.included(&field.node.directives) {
                            fields
                                .entry(key)
                                .or_default()
                                .push((&field.node, field.pos));
                        }
                    }
                    Selection::InlineFragment(fragment) => {
                        let applies = fragment
                            .node
                            .type_condition
                            .as_ref()
                            .is_none_or(|on| self.applies(concrete, on.node.on.node.as_str()));
                        if applies && self.included(&fragment.node.directives) {
                            let nested = [&fragment.node.selection_set.node];
                            self.collect(concrete, &nested, fields, visited);
                        }
                    }
                    Selection::FragmentSpread(spread) => {
                        let name = spread.node.fragment_name.node.as_str();
                        if !self.included(&spread.node.directives) || !visited.insert(name) {
                            continue;
                        }
                        let Some(fragment) = self.document.fragments.get(name) else {
                            continue;
                        };
                        let on = fragment.node.type_condition.node.on.node.as_str();
                        if self.applies(concrete, on) {
                            let nested = [&fragment.node.selection_set.node];
                            self.collect(concrete, &nested, fields, visited);
                        }
                    }
                }
            }
        }
    }

    /// Whether a fragment on `condition` applies to an object of type `concrete`.
    fn applies(&self, concrete: &str, condition: &str) -> bool {
        let registry = &self.shapes.registry;
        concrete == condition
            || registry
                .implements
                .get(concrete)
                .is_some_and(|interfaces| interfaces.contains(condition))
            || registry
                .types
                .get(condition)
                .and_then(MetaType::possible_types)
                .is_some_and(|possible| possible.contains(concrete))
    }

    /// Whether `@skip` and `@include` keep a selection.
    fn included(&self, directives: &[Positioned<async_graphql::parser::types::Directive>]) -> bool {
        directives.iter().all(|directive| {
            let condition = || {
                directive
                    .node
                    .get_argument("if")
                    .is_some_and(|value| self.truthy(&value.node))
            };
            match directive.node.name.node.as_str() {
                "skip" => !condition(),
                "include" => condition(),
                _ => true,
            }
        })
    }

    /// The value of a directive's `if`, a literal or a variable (defaults are filled in).
    fn truthy(&self, value: &InputValue) -> bool {
        match value {
            InputValue::Boolean(value) => *value,
            InputValue::Variable(name) => {
                matches!(self.variables.get(name), Some(Value::Boolean(true)))
            }
            _ => false,
        }
    }
}
