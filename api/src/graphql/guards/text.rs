//! Control characters in text arguments and variables, refused before anything runs.
//!
//! PostgreSQL cannot store NUL and SQLite cuts a pattern at it, so a NUL in a slug or a filter
//! either fails as INTERNAL or matches what it should not; other control characters make keys
//! that look alike and differ. The check walks every argument of every field in the document
//! (operations and fragments, nested input objects and lists) and every variable's value at the
//! argument that uses it, so a refusal names the argument (`filter.nameEn.contains`) or the
//! variable (`$input.sources[0].locator`). Which fields are free text, and may hold line breaks
//! and tabs, is the dataset's rule (`dataset::FREE_TEXT`), so edits and imports agree.

use std::fmt;

use async_graphql::indexmap::IndexMap;
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{Name, ServerError, Value as ConstValue, Variables};
use async_graphql_value::Value as DocumentValue;

use super::refusal;
use crate::dataset::{control_character, forbidden_character};

/// Refuses the first text, in an argument or a variable, that holds a control character its
/// field may not hold.
pub fn check(document: &ExecutableDocument, variables: &Variables) -> Result<(), ServerError> {
    let mut walk = Walk {
        document,
        variables,
        path: Vec::new(),
        used: Vec::new(),
    };
    let sets = document
        .operations
        .iter()
        .map(|(_, operation)| &operation.node.selection_set.node)
        .chain(
            document
                .fragments
                .values()
                .map(|fragment| &fragment.node.selection_set.node),
        );
    for set in sets {
        walk.selection_set(set)?;
    }
    // A variable no argument uses reaches nothing, but is held to the one-line rule anyway.
    for (name, value) in variables.iter() {
        if !walk.used.contains(&name) {
            walk.path = vec![Segment::Variable(name)];
            walk.value(value, "")?;
        }
    }
    Ok(())
}

/// One step of the way to a value: an argument or input field, a list item, or a variable.
#[derive(Clone, Copy)]
enum Segment<'a> {
    Name(&'a str),
    Index(usize),
    Variable(&'a str),
}

/// Where a value is, as a refusal names it: "argument `filter.nameEn.contains`".
struct Path<'p, 'a>(&'p [Segment<'a>]);

impl fmt::Display for Path<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.first() {
            Some(Segment::Variable(_)) => f.write_str("variable `")?,
            _ => f.write_str("argument `")?,
        }
        for (index, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Variable(name) => write!(f, "${name}")?,
                Segment::Name(name) if index == 0 => f.write_str(name)?,
                Segment::Name(name) => write!(f, ".{name}")?,
                Segment::Index(item) => write!(f, "[{item}]")?,
            }
        }
        f.write_str("`")
    }
}

struct Walk<'a> {
    document: &'a ExecutableDocument,
    variables: &'a Variables,
    path: Vec<Segment<'a>>,
    /// Variables checked where an argument uses them.
    used: Vec<&'a Name>,
}

impl<'a> Walk<'a> {
    fn selection_set(&mut self, set: &'a SelectionSet) -> Result<(), ServerError> {
        for item in &set.items {
            match &item.node {
                Selection::Field(field) => {
                    for (name, value) in &field.node.arguments {
                        self.path.clear();
                        self.path.push(Segment::Name(name.node.as_str()));
                        self.value(&value.node, name.node.as_str())?;
                    }
                    self.selection_set(&field.node.selection_set.node)?;
                }
                Selection::InlineFragment(fragment) => {
                    self.selection_set(&fragment.node.selection_set.node)?;
                }
                Selection::FragmentSpread(_) => {}
            }
        }
        Ok(())
    }

    /// A value, written in the document or given as a variable, of the argument or input
    /// field named `field`.
    fn value<V: Input>(&mut self, value: &'a V, field: &'a str) -> Result<(), ServerError> {
        match value.shape() {
            Shape::Text(text) => self.text(text, field),
            Shape::List(items) => {
                for (index, item) in items.iter().enumerate() {
                    self.path.push(Segment::Index(index));
                    self.value(item, field)?;
                    self.path.pop();
                }
                Ok(())
            }
            Shape::Object(fields) => {
                for (name, item) in fields {
                    self.path.push(Segment::Name(name.as_str()));
                    self.value(item, name.as_str())?;
                    self.path.pop();
                }
                Ok(())
            }
            Shape::Variable(name) => {
                let Some(value) = self.variables.get(name).or_else(|| self.default(name)) else {
                    return Ok(());
                };
                self.used.push(name);
                let at = std::mem::replace(&mut self.path, vec![Segment::Variable(name.as_str())]);
                self.value(value, field)?;
                self.path = at;
                Ok(())
            }
            Shape::Other => Ok(()),
        }
    }

    fn text(&self, text: &str, field: &str) -> Result<(), ServerError> {
        match forbidden_character(field, text) {
            None => Ok(()),
            Some(c) => Err(refusal(
                "BAD_USER_INPUT",
                control_character(&Path(&self.path).to_string(), c),
            )),
        }
    }

    /// The default value the document declares for a variable the request leaves out.
    fn default(&self, name: &Name) -> Option<&'a ConstValue> {
        self.document
            .operations
            .iter()
            .flat_map(|(_, operation)| &operation.node.variable_definitions)
            .find(|definition| definition.node.name.node == *name)
            .and_then(|definition| definition.node.default_value.as_ref())
            .map(|value| &value.node)
    }
}

/// What the walk needs to know of a value, the same for values written in the document and
/// values of variables.
enum Shape<'v, V> {
    Text(&'v str),
    List(&'v [V]),
    Object(&'v IndexMap<Name, V>),
    Variable(&'v Name),
    Other,
}

trait Input: Sized {
    fn shape(&self) -> Shape<'_, Self>;
}

impl Input for DocumentValue {
    fn shape(&self) -> Shape<'_, Self> {
        match self {
            DocumentValue::String(text) => Shape::Text(text),
            DocumentValue::List(items) => Shape::List(items),
            DocumentValue::Object(fields) => Shape::Object(fields),
            DocumentValue::Variable(name) => Shape::Variable(name),
            _ => Shape::Other,
        }
    }
}

impl Input for ConstValue {
    fn shape(&self) -> Shape<'_, Self> {
        match self {
            ConstValue::String(text) => Shape::Text(text),
            ConstValue::List(items) => Shape::List(items),
            ConstValue::Object(fields) => Shape::Object(fields),
            _ => Shape::Other,
        }
    }
}
