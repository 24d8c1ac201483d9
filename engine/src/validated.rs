//! Documents known by key, marked for shaping once, and full validation once per document.
//! async-graphql checks every rule on every request, which costs a point lookup more than its
//! statement. Clients send the same few documents again and again, and a document's rules do
//! not change between requests; only its variables do. A document that has run once without
//! errors runs again with only the checks that involve variable values or limits
//! (async-graphql's `ValidationMode::Fast`), provided each variable is a built-in scalar whose
//! value has its declared type — what the full rules would check of it. Anything else goes
//! through every rule again. Its marks for shaping (see [`crate::shape::Shapes::mark`]) are
//! made once too, and requests share the marked document rather than each copying and marking
//! its own.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_graphql::parser::types::{BaseType, DocumentOperations, ExecutableDocument};
use async_graphql::{Name, Value, Variables};

/// Documents by key (their text, or a persisted query's hash), marked for shaping, with the
/// operations that passed every rule. Bounded: when full, it starts over.
#[derive(Debug, Default)]
pub struct KnownDocuments(Mutex<HashMap<String, Known>>);

#[derive(Debug)]
struct Known {
    marked: Arc<ExecutableDocument>,
    validated: Vec<Option<String>>,
}

impl KnownDocuments {
    const CAPACITY: usize = 512;

    /// The document under `key`, marked by `mark` when it is new (`document` is then the
    /// document of `key`), and whether `operation` of it passed every rule before.
    pub fn marked(
        &self,
        key: &str,
        operation: Option<&str>,
        document: Arc<ExecutableDocument>,
        mark: impl FnOnce(&mut ExecutableDocument),
    ) -> (Arc<ExecutableDocument>, bool) {
        if let Ok(documents) = self.0.lock()
            && let Some(known) = documents.get(key)
        {
            let validated = known
                .validated
                .iter()
                .any(|ran| ran.as_deref() == operation);
            return (known.marked.clone(), validated);
        }
        let mut document = Arc::unwrap_or_clone(document);
        mark(&mut document);
        let marked = Arc::new(document);
        if let Ok(mut documents) = self.0.lock() {
            if documents.len() >= Self::CAPACITY {
                documents.clear();
            }
            // Two requests may bring a new document at once; the first one's marks stay.
            documents.entry(key.to_owned()).or_insert_with(|| Known {
                marked: marked.clone(),
                validated: Vec::new(),
            });
        }
        (marked, false)
    }

    /// Remembers that `operation` of the document under `key` passed every rule.
    pub fn passed(&self, key: &str, operation: Option<String>) {
        if let Ok(mut documents) = self.0.lock()
            && let Some(known) = documents.get_mut(key)
            // Two requests may run a new document at once, and both pass.
            && !known.validated.contains(&operation)
        {
            known.validated.push(operation);
        }
    }
}

/// Whether every variable of the operation is a built-in scalar, given a value of its type, or
/// left out where it may be: then a document that passed every rule once may skip them.
pub fn variables_have_their_types(
    document: &ExecutableDocument,
    operation: Option<&str>,
    variables: &Variables,
) -> bool {
    let definition = match (&document.operations, operation) {
        (DocumentOperations::Single(definition), None) => Some(definition),
        (DocumentOperations::Multiple(definitions), Some(name)) => definitions.get(name),
        // A document's only operation runs without being named.
        (DocumentOperations::Multiple(definitions), None) if definitions.len() == 1 => {
            definitions.values().next()
        }
        _ => None,
    };
    let Some(definition) = definition else {
        return false;
    };
    definition.node.variable_definitions.iter().all(|variable| {
        let variable = &variable.node;
        let ty = &variable.var_type.node;
        let BaseType::Named(type_name) = &ty.base else {
            return false;
        };
        match variables.get(&variable.name.node) {
            None => ty.nullable || variable.default_value.is_some(),
            Some(Value::Null) => ty.nullable,
            Some(value) => has_scalar_type(type_name, value),
        }
    })
}

fn has_scalar_type(type_name: &Name, value: &Value) -> bool {
    match (type_name.as_str(), value) {
        ("String" | "ID", Value::String(_)) | ("Boolean", Value::Boolean(_)) => true,
        ("Int", Value::Number(number)) => number
            .as_i64()
            .is_some_and(|number| i32::try_from(number).is_ok()),
        ("Float", Value::Number(_)) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::parser::parse_query;
    use serde_json::json;

    use super::*;

    fn parsed(query: &str) -> Arc<ExecutableDocument> {
        Arc::new(parse_query(query).expect("a valid document"))
    }

    /// Whether `operation` of `query`, passed once, may skip the rules with `variables`.
    fn skips(query: &str, operation: Option<&str>, variables: serde_json::Value) -> bool {
        let documents = KnownDocuments::default();
        documents.marked(query, operation, parsed(query), |_| {});
        documents.passed(query, operation.map(Into::into));
        let (document, passed) = documents.marked(query, operation, parsed(query), |_| {});
        passed && variables_have_their_types(&document, operation, &Variables::from_json(variables))
    }

    #[test]
    fn variables_of_their_declared_scalar_types_skip_the_rules() {
        let query = "query Q($slug: String!, $first: Int, $near: Float, $on: Boolean) { a }";
        assert!(skips(query, None, json!({"slug": "seoul"})));
        assert!(skips(
            query,
            None,
            json!({"slug": "seoul", "first": 3, "near": 1.5, "on": true})
        ));
        assert!(skips(query, None, json!({"slug": "seoul", "first": null})));
    }

    #[test]
    fn values_of_another_type_go_through_every_rule() {
        let query = "query Q($slug: String!, $first: Int) { a }";
        assert!(!skips(query, None, json!({})));
        assert!(!skips(query, None, json!({"slug": null})));
        assert!(!skips(query, None, json!({"slug": 5})));
        assert!(!skips(query, None, json!({"slug": "seoul", "first": "3"})));
        assert!(!skips(
            query,
            None,
            json!({"slug": "seoul", "first": 3_000_000_000_i64})
        ));
        assert!(!skips(query, None, json!({"slug": "seoul", "first": 1.5})));
    }

    #[test]
    fn lists_enums_and_input_objects_go_through_every_rule() {
        let list = "query Q($slugs: [String!]) { a }";
        assert!(!skips(list, None, json!({"slugs": ["seoul"]})));
        let enumeration = "query Q($kind: AgreementKind) { a }";
        assert!(!skips(enumeration, None, json!({"kind": "SISTER"})));
    }

    #[test]
    fn only_the_operations_that_ran_skip_the_rules() {
        let query = "query A { a } query B { b }";
        assert!(skips(query, Some("A"), json!({})));
        let documents = KnownDocuments::default();
        documents.marked(query, Some("A"), parsed(query), |_| {});
        documents.passed(query, Some("A".into()));
        documents.passed(query, Some("A".into()));
        assert_eq!(
            documents.0.lock().expect("unpoisoned")[query]
                .validated
                .len(),
            1
        );
        let validated = |key, operation| documents.marked(key, operation, parsed(query), |_| {}).1;
        assert!(validated(query, Some("A")));
        assert!(!validated(query, Some("B")));
        assert!(!validated(query, None));
        assert!(!validated("{ a }", None));
    }

    #[test]
    fn a_document_is_marked_once_and_shared() {
        let documents = KnownDocuments::default();
        let mut marks = 0;
        let (first, _) = documents.marked("{ a }", None, parsed("{ a }"), |_| marks += 1);
        let (second, _) = documents.marked("{ a }", None, parsed("{ a }"), |_| marks += 1);
        assert_eq!(marks, 1);
        assert!(Arc::ptr_eq(&first, &second));
    }
}
