//! Checks of a request's document before execution: caps on tokens and on nesting before
//! parsing (so a huge or deeply nested document costs little to refuse), then an alias cap,
//! 32-bit ranges for integer arguments and variables, no mutations over GET, and the depth and
//! cost limits, which async-graphql also enforces but without saying by how much. Each refusal
//! carries its own `extensions.code`, and a limit's says the measured value and the limit.
//! [`super::Engine`] runs them before execution.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::{Arc, Mutex, OnceLock};

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextValidation};
use async_graphql::parser::types::{
    ExecutableDocument, Field, OperationType, Selection, SelectionSet,
};
use async_graphql::{
    Executor, Name, Positioned, Request, ServerError, ValidationResult, Value, Variables,
};
use async_graphql_value::Value as DocumentValue;
use futures_util::FutureExt;

use super::Limits;
use crate::error::thousands;

mod text;

/// The request's `x-request-id`, which writes record in the audit log.
pub struct RequestId(pub String);

/// The document limits of [`Limits`], and the documents already parsed.
pub struct DocumentGuards<S> {
    limits: Limits,
    parsed: ParsedDocuments,
    /// The schema that measures a document's depth and cost as async-graphql's limits count
    /// them (with [`Measure`]), built the first time a document may be over a limit.
    measuring: OnceLock<S>,
    measuring_schema: fn(Limits) -> S,
}

/// Documents already parsed, by a key (their text, or a persisted query's hash): clients send
/// the same few queries again and again, and sharing a document costs less than parsing it.
/// Bounded: when full, it starts over.
#[derive(Debug, Default)]
pub struct ParsedDocuments(Mutex<HashMap<String, Arc<ExecutableDocument>>>);

impl ParsedDocuments {
    const CAPACITY: usize = 512;

    pub fn get(&self, key: &str) -> Option<Arc<ExecutableDocument>> {
        self.0.lock().ok()?.get(key).cloned()
    }

    pub fn insert(&self, key: &str, document: &Arc<ExecutableDocument>) {
        if let Ok(mut documents) = self.0.lock() {
            if documents.len() >= Self::CAPACITY {
                documents.clear();
            }
            documents.insert(key.to_string(), document.clone());
        }
    }
}

impl<S: Executor> DocumentGuards<S> {
    pub fn new(limits: &Limits, measuring_schema: fn(Limits) -> S) -> Self {
        Self {
            limits: *limits,
            parsed: ParsedDocuments::default(),
            measuring: OnceLock::new(),
            measuring_schema,
        }
    }

    /// The document of `query`, refused unparsed beyond the token and nesting caps.
    pub fn parse(&self, query: &str) -> Result<Arc<ExecutableDocument>, ServerError> {
        if let Some(document) = self.parsed.get(query) {
            return Ok(document);
        }
        let scanned = scan(query);
        within(
            "TOKEN_LIMIT",
            "token count",
            scanned.tokens,
            self.limits.max_tokens,
        )?;
        self.check_nesting(scanned.nesting)?;
        let document = async_graphql::parser::parse_query(query)
            .map(Arc::new)
            .map_err(|error| crate::error::parse_failure(error.into()))?;
        self.parsed.insert(query, &document);
        Ok(document)
    }

    /// Refuses what the document may not do: mutations by GET, too many aliases, integers
    /// outside 32 bits, pages above the maximum, nesting, depth or cost beyond the limits.
    pub fn check(
        &self,
        document: &ExecutableDocument,
        variables: &Variables,
        via_get: bool,
    ) -> Result<(), ServerError> {
        text::check(document, variables)?;
        let mut check = DocumentCheck {
            variables: Some(variables),
            max_page_size: self.limits.max_page_size,
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
        within(
            "ALIAS_LIMIT",
            "alias count",
            check.aliases,
            self.limits.max_aliases,
        )?;
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
                    self.limits.max_page_size
                ),
            ));
        }
        self.check_extent(document, variables)
    }

    /// Refuses a document nested, deep or costly beyond the limits, saying by how much. The
    /// depth and cost are async-graphql's own, measured by running the document through the
    /// measuring schema; that costs about as much as validating it again, so it is done only
    /// for a document whose cost bound or depth is over a limit.
    fn check_extent(
        &self,
        document: &ExecutableDocument,
        variables: &Variables,
    ) -> Result<(), ServerError> {
        let limits = &self.limits;
        let extent = Extents::of(document, variables)?;
        self.check_nesting(extent.nesting)?;
        // Fragments spread within fragments multiply: a few hundred bytes can stand for
        // millions of selections, which async-graphql's checks walk one by one. The cost limit
        // caps their number: a query within it has no more fields than that, as each costs at
        // least 1 (`__typename` aside, which is counted all the same).
        within(
            "COMPLEXITY_LIMIT",
            "query size (selections, fragments expanded)",
            extent.selections,
            limits.max_complexity,
        )?;
        if extent.depth <= limits.max_depth && extent.cost <= limits.max_complexity {
            return Ok(());
        }
        // A document async-graphql refuses for another reason first is not measured; the
        // schema's own checks then answer it.
        let Some(measured) = self.measure(document, variables) else {
            return Ok(());
        };
        within(
            "DEPTH_LIMIT",
            "query depth",
            measured.depth,
            limits.max_depth,
        )?;
        within(
            "COMPLEXITY_LIMIT",
            "query cost",
            measured.complexity,
            limits.max_complexity,
        )
    }

    /// The document's depth and cost as async-graphql's limits count them.
    fn measure(
        &self,
        document: &ExecutableDocument,
        variables: &Variables,
    ) -> Option<ValidationResult> {
        let schema = self
            .measuring
            .get_or_init(|| (self.measuring_schema)(self.limits));
        let measured = Measured::default();
        let mut request = Request::new("")
            .variables(variables.clone())
            .data(measured.clone());
        request.set_parsed_query(document.clone());
        // Nothing waits: the request stops once validated, before anything runs.
        schema.execute(request).now_or_never()?;
        measured.0.get().copied()
    }

    fn check_nesting(&self, nesting: usize) -> Result<(), ServerError> {
        let (max_nesting, max_depth) = (self.limits.max_nesting(), self.limits.max_depth);
        within("DEPTH_LIMIT", "query nesting", nesting, max_nesting).map_err(|mut refused| {
            refused.message += &if max_nesting == 2 * max_depth {
                format!(" (selection sets and fragments; twice the depth limit of {max_depth})")
            } else {
                " (selection sets and fragments; the most the parser takes)".into()
            };
            refused
        })
    }
}

/// Where [`Measure`] leaves what validation measured.
#[derive(Clone, Default)]
struct Measured(Arc<OnceLock<ValidationResult>>);

/// The measuring schema's extension: it keeps what validation measured in the request's
/// [`Measured`] and stops the request there.
pub struct Measure;

impl ExtensionFactory for Measure {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(Measure)
    }
}

#[async_trait::async_trait]
impl Extension for Measure {
    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        let measured = next.run(ctx).await?;
        if let Some(Measured(slot)) = ctx.data_opt::<Measured>() {
            let _ = slot.set(measured);
        }
        Err(Vec::new())
    }
}

/// Refuses a `measure` beyond its `limit`, with the numbers: `query cost 61,000 exceeds the
/// limit of 50,000`.
fn within(code: &str, measure: &str, value: usize, limit: usize) -> Result<(), ServerError> {
    if value <= limit {
        return Ok(());
    }
    Err(refusal(
        code,
        format!(
            "{measure} {} exceeds the limit of {}",
            thousands(value),
            thousands(limit)
        ),
    ))
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
        if name.node.as_str() == "first"
            && let Some(variables) = self.variables
            && let Some(first) = int_value(&value.node, variables)
                .filter(|first| *first > i64::from(self.max_page_size))
        {
            self.oversized_page.get_or_insert(first);
        }
    }
}

/// An integer argument's value, given literally or by a variable.
fn int_value(value: &DocumentValue, variables: &Variables) -> Option<i64> {
    match value {
        DocumentValue::Number(number) => number.as_i64(),
        DocumentValue::Variable(variable) => match variables.get(variable) {
            Some(Value::Number(number)) => number.as_i64(),
            _ => None,
        },
        _ => None,
    }
}

/// What async-graphql's limits measure of a selection set, with the fragments it spreads
/// inlined: how deep its fields nest (`__typename` aside), how deep selection sets and
/// fragments nest (as the parser's recursion guard counts them), and a bound of its cost; and
/// how many selections async-graphql walks to measure them, fragments spread as often as they
/// are.
#[derive(Clone, Copy, Default)]
struct Extent {
    depth: usize,
    nesting: usize,
    cost: usize,
    selections: usize,
}

/// The page size the cost of a list field assumes without `first` or `last`.
const DEFAULT_PAGE: usize = 100;

/// Walks a document for its [`Extent`], each fragment once.
struct Extents<'a> {
    document: &'a ExecutableDocument,
    variables: &'a Variables,
    /// The extent of each fragment spread so far; `None` while it is being walked.
    fragments: HashMap<&'a Name, Option<Extent>>,
}

impl<'a> Extents<'a> {
    /// The extent of the document's operations together, as async-graphql measures a document;
    /// a fragment that spreads itself is refused.
    fn of(
        document: &'a ExecutableDocument,
        variables: &'a Variables,
    ) -> Result<Extent, ServerError> {
        let mut extents = Extents {
            document,
            variables,
            fragments: HashMap::new(),
        };
        let mut total = Extent::default();
        for (_, operation) in document.operations.iter() {
            let extent = extents.selection_set(&operation.node.selection_set.node)?;
            total.depth = total.depth.max(extent.depth);
            total.nesting = total.nesting.max(extent.nesting);
            total.cost = total.cost.saturating_add(extent.cost);
            total.selections = total.selections.saturating_add(extent.selections);
        }
        Ok(total)
    }

    fn selection_set(&mut self, set: &'a SelectionSet) -> Result<Extent, ServerError> {
        let mut extent = Extent::default();
        for item in &set.items {
            extent.selections = extent.selections.saturating_add(1);
            let inner = match &item.node {
                Selection::Field(field) if field.node.name.node == "__typename" => continue,
                Selection::Field(field) => self.field(&field.node)?,
                Selection::InlineFragment(fragment) => {
                    self.selection_set(&fragment.node.selection_set.node)?
                }
                Selection::FragmentSpread(spread) => {
                    self.fragment(&spread.node.fragment_name.node)?
                }
            };
            extent.depth = extent.depth.max(inner.depth);
            extent.nesting = extent.nesting.max(inner.nesting);
            extent.cost = extent.cost.saturating_add(inner.cost);
            extent.selections = extent.selections.saturating_add(inner.selections);
        }
        extent.nesting += 1;
        Ok(extent)
    }

    /// A field's extent. Its cost is bounded as the schema's `complexity` attributes price
    /// fields: 1 plus its selection's, or for a list at most its page size (`first` or
    /// `last`, else [`DEFAULT_PAGE`]) times its selection's.
    fn field(&mut self, field: &'a Field) -> Result<Extent, ServerError> {
        let selection = &field.selection_set.node;
        let below = if selection.items.is_empty() {
            Extent::default()
        } else {
            self.selection_set(selection)?
        };
        let page = ["first", "last"]
            .into_iter()
            .filter_map(|name| field.get_argument(name))
            .filter_map(|value| int_value(&value.node, self.variables))
            .filter_map(|size| usize::try_from(size).ok())
            .fold(DEFAULT_PAGE, usize::max);
        Ok(Extent {
            depth: below.depth + 1,
            nesting: below.nesting,
            cost: below
                .cost
                .saturating_add(1)
                .max(page.saturating_mul(below.cost)),
            selections: below.selections,
        })
    }

    fn fragment(&mut self, name: &'a Name) -> Result<Extent, ServerError> {
        match self.fragments.entry(name) {
            Entry::Occupied(walked) => {
                return walked.get().ok_or_else(|| {
                    refusal(
                        "GRAPHQL_VALIDATION_FAILED",
                        format!("fragment `{name}` spreads itself"),
                    )
                });
            }
            Entry::Vacant(walking) => {
                walking.insert(None);
            }
        }
        // A fragment the document does not define adds nothing; validation names it.
        let extent = match self.document.fragments.get(name) {
            Some(fragment) => self.selection_set(&fragment.node.selection_set.node)?,
            None => Extent::default(),
        };
        self.fragments.insert(name, Some(extent));
        Ok(extent)
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

/// What a document's text shows before parsing.
#[derive(Debug, PartialEq, Eq)]
struct Scanned {
    /// GraphQL tokens: names, numbers, strings, punctuators.
    tokens: usize,
    /// The deepest nesting of selection sets (braces outside arguments).
    nesting: usize,
}

fn scan(query: &str) -> Scanned {
    let bytes = query.as_bytes();
    let (mut index, mut tokens) = (0, 0);
    let (mut arguments, mut braces, mut nesting) = (0_usize, 0_usize, 0);
    while index < bytes.len() {
        match bytes[index] {
            b' ' | b'\t' | b'\n' | b'\r' | b',' => index += 1,
            b'#' => {
                while index < bytes.len() && bytes[index] != b'\n' {
                    index += 1;
                }
            }
            b'"' => {
                tokens += 1;
                let block = bytes[index..].starts_with(b"\"\"\"");
                let (open, close): (usize, &[u8]) = if block { (3, b"\"\"\"") } else { (1, b"\"") };
                index += open;
                while index < bytes.len() && !bytes[index..].starts_with(close) {
                    index += if bytes[index] == b'\\' { 2 } else { 1 };
                }
                index += close.len();
            }
            byte if byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-' => {
                tokens += 1;
                while index < bytes.len()
                    && (bytes[index].is_ascii_alphanumeric() || b"_.+-".contains(&bytes[index]))
                {
                    index += 1;
                }
            }
            b'.' if bytes[index..].starts_with(b"...") => {
                tokens += 1;
                index += 3;
            }
            byte => {
                tokens += 1;
                index += 1;
                match byte {
                    b'(' => arguments += 1,
                    b')' => arguments = arguments.saturating_sub(1),
                    b'{' if arguments == 0 => {
                        braces += 1;
                        nesting = nesting.max(braces);
                    }
                    b'}' if arguments == 0 => braces = braces.saturating_sub(1),
                    _ => {}
                }
            }
        }
    }
    Scanned { tokens, nesting }
}

#[cfg(test)]
mod tests {
    use async_graphql::Variables;
    use async_graphql::parser::parse_query;
    use serde_json::json;

    use super::{DocumentGuards, Extents, Scanned, scan};
    use crate::config::Config;
    use crate::error::thousands;
    use crate::graphql::Limits;
    use crate::graphql::schema::measuring_schema;

    /// The bound decides when a document is measured: were it below the cost async-graphql
    /// counts, a costly document would be refused by async-graphql's limit, without numbers.
    #[test]
    fn the_cost_bound_is_never_below_the_counted_cost_and_depths_agree() {
        let limits = Limits::from(&Config::with_database("unused"));
        let guards = DocumentGuards::new(&limits, measuring_schema);
        let golden = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/golden"))
            .expect("the cookbook's folder")
            .map(|entry| {
                std::fs::read_to_string(entry.expect("a folder").path().join("query.graphql"))
            })
            .map(|query| query.expect("a query"));
        let variables = Variables::from_json(json!({ "n": 7, "slug": "seoul" }));
        let queries = [
            "{ __typename city(slug: \"seoul\") { __typename } }",
            "query ($slug: String!) { city(slug: $slug) { nameEn agreements { parties { slug } } } }",
            "query ($n: Int) { cities(first: $n) { agreementsConnection(last: 3) { nodes { kind } } } }",
            "{ citiesConnection(first: 20) { edges { node { memberships { organization { events { year } } } } } } }",
            "{ a: countries { ...C } b: countries { ... on Country { ...C } } } fragment C on Country { cities { slug } }",
            "{ policyExportsAggregate(groupBy: [SECTOR]) { groups { count budgetKrw { sum } } } }",
            "{ search(text: \"seoul\") { node { ... on City { slug } } } path(from: \"seoul\", to: \"tokyo\") { steps { from { slug } } } }",
        ];
        for query in queries.into_iter().map(String::from).chain(golden) {
            let document = parse_query(&query).expect("a query");
            let extent = Extents::of(&document, &variables).expect("no cycle");
            let measured = guards.measure(&document, &variables).expect("measured");
            assert!(
                extent.cost >= measured.complexity,
                "{} < {}: {query}",
                extent.cost,
                measured.complexity
            );
            assert_eq!(extent.depth, measured.depth, "{query}");
        }
    }

    #[test]
    fn tokens_are_names_numbers_strings_and_punctuators() {
        assert_eq!(scan(r#"{ city(slug: "seoul") { nameEn } }"#).tokens, 11);
        assert_eq!(
            scan("query ($n: Int!) { cities(first: $n) { ...F } } # comment").tokens,
            21
        );
        assert_eq!(scan(r#""""block "quoted" string""" 1.5e3"#).tokens, 2);
    }

    #[test]
    fn nesting_counts_selection_sets_but_not_input_objects() {
        assert_eq!(
            scan(r#"{ cities(filter: { country: { code: { eq: "KR" } } }) { slug } }"#),
            Scanned {
                tokens: 23,
                nesting: 2
            }
        );
        assert_eq!(
            scan("query ($f: F = { a: { b: 1 } }) { a { ... on B { c } } } # {{{").nesting,
            3
        );
        assert_eq!(
            scan(r#"{ a(b: ")}}") { c } }"#).nesting,
            2,
            "nor braces in strings"
        );
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(61_000), "61,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
