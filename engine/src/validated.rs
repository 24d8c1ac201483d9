//! Full validation once per document. async-graphql checks every rule on every request, which
//! costs a point lookup more than its statement. Clients send the same few documents again and
//! again, and a document's rules do not change between requests; only its variables do. A
//! document that has run once without errors runs again with only the checks that involve
//! variable values or limits (async-graphql's `ValidationMode::Fast`), provided each variable
//! is a built-in scalar whose value has its declared type — what the full rules would check
//! of it. Anything else goes through every rule again.

use std::collections::HashMap;
use std::sync::Mutex;

use async_graphql::parser::types::{BaseType, DocumentOperations, ExecutableDocument};
use async_graphql::{Name, Value, Variables};

/// Documents that passed every rule, by key (their text, or a persisted query's hash), with
/// the operations that ran. Bounded: when full, it starts over.
#[derive(Debug, Default)]
pub struct ValidatedDocuments(Mutex<HashMap<String, Vec<Option<String>>>>);

impl ValidatedDocuments {
    const CAPACITY: usize = 512;

    /// Whether `operation` of the document under `key` may skip the rules that depend only on
    /// the document, with these `variables`.
    pub fn may_skip_rules(
        &self,
        key: &str,
        operation: Option<&str>,
        document: &ExecutableDocument,
        variables: &Variables,
    ) -> bool {
        let passed = self.0.lock().is_ok_and(|documents| {
            documents
                .get(key)
                .is_some_and(|operations| operations.iter().any(|ran| ran.as_deref() == operation))
        });
        passed && variables_have_their_types(document, operation, variables)
    }

    /// Remembers that `operation` of the document under `key` passed every rule.
    pub fn insert(&self, key: String, operation: Option<String>) {
        if let Ok(mut documents) = self.0.lock() {
            if documents.len() >= Self::CAPACITY {
                documents.clear();
            }
            // Two requests may run a new document at once, and both pass.
            let operations = documents.entry(key).or_default();
            if !operations.contains(&operation) {
                operations.push(operation);
            }
        }
    }
}

/// Whether every variable of the operation is a built-in scalar, given a value of its type, or
/// left out where it may be.
fn variables_have_their_types(
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

    fn skips(query: &str, operation: Option<&str>, variables: serde_json::Value) -> bool {
        let documents = ValidatedDocuments::default();
        let document = parse_query(query).expect("a valid document");
        let variables = Variables::from_json(variables);
        documents.insert(query.into(), operation.map(Into::into));
        documents.may_skip_rules(query, operation, &document, &variables)
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
        let documents = ValidatedDocuments::default();
        let document = parse_query(query).expect("a valid document");
        documents.insert(query.into(), Some("A".into()));
        documents.insert(query.into(), Some("A".into()));
        assert_eq!(documents.0.lock().expect("unpoisoned")[query].len(), 1);
        let none = Variables::default();
        assert!(!documents.may_skip_rules(query, Some("B"), &document, &none));
        assert!(!documents.may_skip_rules(query, None, &document, &none));
        assert!(!documents.may_skip_rules("{ a }", None, &document, &none));
    }
}
