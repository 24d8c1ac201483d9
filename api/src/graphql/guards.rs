//! Checks of a request's document that async-graphql does not make: a token cap before
//! parsing (so a huge or deeply nested document costs little to refuse), then an alias cap,
//! 32-bit ranges for integer arguments and variables, and no mutations over GET.
//! Each refusal carries its own `extensions.code`. [`super::Engine`] runs them before execution.

use std::collections::HashMap;
use std::sync::Mutex;

use async_graphql::parser::types::{ExecutableDocument, OperationType, Selection, SelectionSet};
use async_graphql::{Name, Positioned, ServerError, Value, Variables};
use async_graphql_value::Value as DocumentValue;

use super::Limits;

mod text;

/// The request's `x-request-id`, which writes record in the audit log.
pub struct RequestId(pub String);

/// The document limits of [`Limits`], and the documents already parsed.
#[derive(Debug)]
pub struct DocumentGuards {
    max_aliases: usize,
    max_tokens: usize,
    max_page_size: u32,
    parsed: ParsedDocuments,
}

/// Documents already parsed, by a key (their text, or a persisted query's hash): clients send
/// the same few queries again and again, and copying a document costs less than parsing it.
/// Bounded: when full, it starts over.
#[derive(Debug, Default)]
pub struct ParsedDocuments(Mutex<HashMap<String, ExecutableDocument>>);

impl ParsedDocuments {
    const CAPACITY: usize = 512;

    pub fn get(&self, key: &str) -> Option<ExecutableDocument> {
        self.0.lock().ok()?.get(key).cloned()
    }

    pub fn insert(&self, key: &str, document: &ExecutableDocument) {
        if let Ok(mut documents) = self.0.lock() {
            if documents.len() >= Self::CAPACITY {
                documents.clear();
            }
            documents.insert(key.to_string(), document.clone());
        }
    }
}

impl DocumentGuards {
    pub fn new(limits: &Limits) -> Self {
        Self {
            max_aliases: limits.max_aliases,
            max_tokens: limits.max_tokens,
            max_page_size: limits.max_page_size,
            parsed: ParsedDocuments::default(),
        }
    }

    /// The document of `query`, refused unparsed beyond the token cap.
    pub fn parse(&self, query: &str) -> Result<ExecutableDocument, ServerError> {
        if let Some(document) = self.parsed.get(query) {
            return Ok(document);
        }
        let tokens = count_tokens(query, self.max_tokens);
        if tokens > self.max_tokens {
            return Err(refusal(
                "TOKEN_LIMIT",
                format!("the query has more than {} tokens", self.max_tokens),
            ));
        }
        let document = async_graphql::parser::parse_query(query)
            .map_err(|error| crate::error::parse_failure(error.into()))?;
        self.parsed.insert(query, &document);
        Ok(document)
    }

    /// Refuses what the document may not do: mutations by GET, too many aliases, integers
    /// outside 32 bits, pages above the maximum.
    pub fn check(
        &self,
        document: &ExecutableDocument,
        variables: &Variables,
        via_get: bool,
    ) -> Result<(), ServerError> {
        text::check(document, variables)?;
        let mut check = DocumentCheck {
            variables: Some(variables),
            max_page_size: self.max_page_size,
            ..DocumentCheck::default()
        };
        for (_, operation) in document.operations.iter() {
            if operation.node.ty != OperationType::Query && via_get {
                return Err(refusal(
                    "METHOD_NOT_ALLOWED",
                    "only queries may be sent by GET; send mutations by POST".into(),
                ));
            }
            check.selection_set(&operation.node.selection_set.node);
            for definition in &operation.node.variable_definitions {
                let name = &definition.node.name.node;
                if definition.node.var_type.node.base.to_string() == "Int"
                    && let Some(value) = variables.get(name)
                    && !literal_fits_int(&value.clone().into_value())
                {
                    return Err(refusal(
                        "BAD_USER_INPUT",
                        format!(
                            "variable `${name}` is {value}, outside GraphQL's 32-bit Int range"
                        ),
                    ));
                }
            }
        }
        for fragment in document.fragments.values() {
            check.selection_set(&fragment.node.selection_set.node);
        }
        if check.aliases > self.max_aliases {
            return Err(refusal(
                "ALIAS_LIMIT",
                format!(
                    "the query uses {} aliases; at most {} are allowed",
                    check.aliases, self.max_aliases
                ),
            ));
        }
        if let Some((argument, value)) = check.out_of_range {
            return Err(refusal(
                "BAD_USER_INPUT",
                format!("argument `{argument}` is {value}, outside GraphQL's 32-bit Int range"),
            ));
        }
        if let Some(first) = check.oversized_page {
            return Err(refusal(
                "BAD_USER_INPUT",
                format!(
                    "`first` must be between 0 and {}; got {first}",
                    self.max_page_size
                ),
            ));
        }
        Ok(())
    }
}

pub fn refusal(code: &str, message: String) -> ServerError {
    let mut error = ServerError::new(message, None);
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", code);
    error
}

/// What one walk over a document finds. Page sizes are checked here, before the complexity
/// limit, so that `first: 1000000` is named as the wrong argument rather than priced.
#[derive(Default)]
struct DocumentCheck<'a> {
    variables: Option<&'a Variables>,
    max_page_size: u32,
    aliases: usize,
    out_of_range: Option<(Name, String)>,
    oversized_page: Option<i64>,
}

impl DocumentCheck<'_> {
    fn selection_set(&mut self, set: &SelectionSet) {
        for item in &set.items {
            match &item.node {
                Selection::Field(field) => {
                    self.aliases += usize::from(field.node.alias.is_some());
                    for (name, value) in &field.node.arguments {
                        self.argument(name, value);
                    }
                    self.selection_set(&field.node.selection_set.node);
                }
                Selection::InlineFragment(fragment) => {
                    self.selection_set(&fragment.node.selection_set.node);
                }
                Selection::FragmentSpread(_) => {}
            }
        }
    }

    fn argument(&mut self, name: &Positioned<Name>, value: &Positioned<DocumentValue>) {
        if self.out_of_range.is_none() && !literal_fits_int(&value.node) {
            self.out_of_range = Some((name.node.clone(), value.node.to_string()));
        }
        if name.node.as_str() == "first" {
            let first = match &value.node {
                DocumentValue::Number(number) => number.as_i64(),
                DocumentValue::Variable(variable) => {
                    match self.variables.and_then(|values| values.get(variable)) {
                        Some(Value::Number(number)) => number.as_i64(),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(first) = first.filter(|first| *first > i64::from(self.max_page_size)) {
                self.oversized_page.get_or_insert(first);
            }
        }
    }
}

/// Every integer in the value fits in an `i32` (the schema has no Float arguments, so any
/// integer literal is an Int).
fn literal_fits_int(value: &DocumentValue) -> bool {
    match value {
        DocumentValue::Number(number) if number.is_i64() || number.is_u64() => {
            number.as_i64().is_some_and(|n| i32::try_from(n).is_ok())
        }
        DocumentValue::List(items) => items.iter().all(literal_fits_int),
        DocumentValue::Object(fields) => fields.values().all(literal_fits_int),
        _ => true,
    }
}

/// Counts GraphQL tokens (names, numbers, strings, punctuators), stopping past `limit`.
fn count_tokens(query: &str, limit: usize) -> usize {
    let bytes = query.as_bytes();
    let (mut index, mut count) = (0, 0);
    while index < bytes.len() && count <= limit {
        match bytes[index] {
            b' ' | b'\t' | b'\n' | b'\r' | b',' => index += 1,
            b'#' => {
                while index < bytes.len() && bytes[index] != b'\n' {
                    index += 1;
                }
            }
            b'"' => {
                count += 1;
                let block = bytes[index..].starts_with(b"\"\"\"");
                let (open, close): (usize, &[u8]) = if block { (3, b"\"\"\"") } else { (1, b"\"") };
                index += open;
                while index < bytes.len() && !bytes[index..].starts_with(close) {
                    index += if bytes[index] == b'\\' { 2 } else { 1 };
                }
                index += close.len();
            }
            byte if byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-' => {
                count += 1;
                while index < bytes.len()
                    && (bytes[index].is_ascii_alphanumeric() || b"_.+-".contains(&bytes[index]))
                {
                    index += 1;
                }
            }
            b'.' if bytes[index..].starts_with(b"...") => {
                count += 1;
                index += 3;
            }
            _ => {
                count += 1;
                index += 1;
            }
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::count_tokens;

    #[test]
    fn tokens_are_names_numbers_strings_and_punctuators() {
        assert_eq!(
            count_tokens(r#"{ city(slug: "seoul") { nameEn } }"#, 100),
            11
        );
        assert_eq!(
            count_tokens(
                "query ($n: Int!) { cities(first: $n) { ...F } } # comment",
                100
            ),
            21
        );
        assert_eq!(count_tokens(r#""""block "quoted" string""" 1.5e3"#, 100), 2);
    }

    #[test]
    fn counting_stops_past_the_limit() {
        assert_eq!(count_tokens(&"{".repeat(1_000_000), 10), 11);
    }
}
