//! What the engine assumes of async-graphql, pinned: how it orders and leaves out the fields
//! of an answer, where it reads `@skip`/`@include` conditions, which document it executes,
//! what its fast validation still checks, how it words its refusals — and that the engine's
//! batching, validated-document cache and shaping hold up on top of it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_graphql::dataloader::Loader;
use async_graphql::parser::parse_query;
use async_graphql::{
    Context, EmptyMutation, EmptySubscription, Interface, Object, Request, Response, Schema,
    SimpleObject, ValidationMode, Variables,
};
use engine::batching::{BatchLoad, RequestLoader};
use engine::shape::InShape;
use engine::{Execution, Refusal};
use serde_json::{Value as Json, json};

/// Remembers the keys of each of its batches.
#[derive(Default)]
struct Partners {
    batches: Arc<Mutex<Vec<Vec<i32>>>>,
}

/// The partner of item `n`: item `n + 1`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct PartnerOf(i32);

impl BatchLoad for Partners {
    type Error = Arc<String>;

    fn abandoned() -> Arc<String> {
        Arc::new("abandoned".into())
    }
}

impl Loader<PartnerOf> for Partners {
    type Value = Item;
    type Error = Arc<String>;

    async fn load(&self, keys: &[PartnerOf]) -> Result<HashMap<PartnerOf, Item>, Arc<String>> {
        let mut batch: Vec<i32> = keys.iter().map(|key| key.0).collect();
        batch.sort_unstable();
        self.batches.lock().expect("unpoisoned").push(batch);
        tokio::task::yield_now().await;
        Ok(keys.iter().map(|key| (*key, Item(key.0 + 1))).collect())
    }
}

#[derive(Clone, Copy)]
struct Item(i32);

#[Object]
impl Item {
    async fn id(&self) -> i32 {
        self.0
    }

    async fn partner(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Item>> {
        let loader = ctx.data_unchecked::<Arc<RequestLoader<Partners>>>();
        Ok(loader.load_one(PartnerOf(self.0)).await?)
    }

    /// Fails, on the items that ask for it.
    async fn flaky(&self) -> async_graphql::Result<i32> {
        if self.0 % 2 == 0 {
            Err("an even item".into())
        } else {
            Ok(self.0)
        }
    }
}

#[derive(SimpleObject)]
struct Cat {
    name: String,
    lives: i32,
}

#[derive(SimpleObject)]
struct Dog {
    name: String,
    good: bool,
}

#[derive(Interface)]
#[graphql(field(name = "name", ty = "&String"))]
enum Pet {
    Cat(Cat),
    Dog(Dog),
}

/// A field that fails.
struct Broken;

#[Object]
impl Broken {
    async fn fails(&self) -> async_graphql::Result<i32> {
        Err("broken".into())
    }
}

struct Query;

#[Object]
impl Query {
    /// Answers after `fast`.
    async fn slow(&self) -> i32 {
        tokio::time::sleep(Duration::from_millis(30)).await;
        1
    }

    async fn fast(&self) -> i32 {
        2
    }

    async fn fails(&self) -> async_graphql::Result<i32> {
        Err("on purpose".into())
    }

    async fn fails_non_null(&self) -> async_graphql::Result<i32> {
        Err("on purpose".into())
    }

    async fn maybe_fails(&self) -> async_graphql::Result<Option<i32>> {
        Err("on purpose".into())
    }

    async fn broken(&self) -> Broken {
        Broken
    }

    async fn items(&self, count: i32) -> Vec<Item> {
        (0..count).map(Item).collect()
    }

    async fn pets(&self) -> Vec<Pet> {
        vec![
            Pet::Dog(Dog {
                name: "Rex".into(),
                good: true,
            }),
            Pet::Cat(Cat {
                name: "Tom".into(),
                lives: 9,
            }),
        ]
    }

    async fn echo(&self, text: String, times: Option<i32>) -> String {
        text.repeat(usize::try_from(times.unwrap_or(1)).unwrap_or(0))
    }

    async fn nested(&self) -> Query {
        Query
    }

    /// Reports its answer in shape or not, by the position async-graphql gives its field, as a
    /// resolver that builds its answer itself does.
    async fn reported(&self, ctx: &Context<'_>, in_shape: bool) -> Query {
        ctx.data_unchecked::<Arc<InShape>>()
            .report(ctx.item.pos, in_shape);
        Query
    }
}

type TestSchema = Schema<Query, EmptyMutation, EmptySubscription>;

fn schema(validation: ValidationMode) -> TestSchema {
    Schema::build(Query, EmptyMutation, EmptySubscription)
        .register_output_type::<Pet>()
        .validation_mode(validation)
        .finish()
}

/// The engine over the test schema, with its loader and codes that mark every response.
fn execution() -> Execution<Query, EmptyMutation, EmptySubscription, Partners> {
    execution_with(Partners::default())
}

fn execution_with(
    loader: Partners,
) -> Execution<Query, EmptyMutation, EmptySubscription, Partners> {
    Execution::new(schema, loader, coded)
}

/// Codes every error of a response, as an application's hook would.
fn coded(mut response: Response) -> Response {
    for error in &mut response.errors {
        error
            .extensions
            .get_or_insert_with(Default::default)
            .set("code", "CODED");
    }
    response
}

async fn run(
    execution: &Execution<Query, EmptyMutation, EmptySubscription, Partners>,
    request: Request,
) -> Response {
    let document = parse_query(&request.query).expect("a valid document");
    execution
        .run(execution.admit(request, document, None))
        .await
        .0
}

/// The response keys of an answer's data, in the order they come.
fn keys(response: &Response) -> Vec<String> {
    match &response.data {
        async_graphql::Value::Object(map) => map.keys().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

/// The answer's data as a JSON value, for comparisons where key order does not matter.
fn data(response: &Response) -> Json {
    response.data.clone().into_json().expect("JSON data")
}

#[tokio::test]
async fn async_graphql_answers_fields_in_the_order_they_finish() {
    let response = schema(ValidationMode::Strict)
        .execute("{ slow fast }")
        .await;
    assert_eq!(keys(&response), ["fast", "slow"]);
}

#[tokio::test]
async fn async_graphql_leaves_a_failed_field_out_of_its_object() {
    let response = schema(ValidationMode::Strict)
        .execute("{ fast fails }")
        .await;
    assert_eq!(keys(&response), ["fast"]);
    assert_eq!(response.errors.len(), 1);
}

#[tokio::test]
async fn async_graphql_answers_an_object_whose_every_field_failed_with_null() {
    let response = schema(ValidationMode::Strict)
        .execute("{ fast broken { fails } }")
        .await;
    assert_eq!(data(&response), json!({"fast": 2, "broken": null}));
    let path = serde_json::to_value(&response.errors[0].path).expect("JSON");
    assert_eq!(path, json!(["broken", "fails"]));
}

#[tokio::test]
async fn the_engine_answers_in_query_order_with_failed_fields_null() {
    let response = run(&execution(), Request::new("{ slow fast maybeFails }")).await;
    assert_eq!(keys(&response), ["slow", "fast", "maybeFails"]);
    assert_eq!(
        data(&response),
        json!({"slow": 1, "fast": 2, "maybeFails": null})
    );
}

#[tokio::test]
async fn a_failed_non_null_field_nulls_its_nearest_nullable_ancestor() {
    let response = run(&execution(), Request::new("{ fast failsNonNull }")).await;
    assert_eq!(response.data, async_graphql::Value::Null);
    assert!(engine::shape::executed(&response));
    let written = serde_json::to_value(engine::shape::Written(&response)).expect("JSON");
    assert_eq!(written["data"], Json::Null);
    let response = run(
        &execution(),
        Request::new("{ items(count: 2) { id flaky } }"),
    )
    .await;
    assert_eq!(
        response.data,
        async_graphql::Value::Null,
        "items are [Item!]!"
    );
}

#[tokio::test]
async fn fragments_on_abstract_types_apply_by_the_concrete_type_async_graphql_names() {
    let query = "{ pets { ... on Cat { lives } name ... on Dog { good } } }";
    let response = run(&execution(), Request::new(query)).await;
    assert!(response.errors.is_empty(), "{:?}", response.errors);
    assert_eq!(
        serde_json::to_string(&response.data).expect("JSON"),
        r#"{"pets":[{"name":"Rex","good":true},{"lives":9,"name":"Tom"}]}"#
    );
}

/// async-graphql gives a resolver its field with the position the field has in the document
/// the engine shapes (it executes a copy), so a field reported in shape is taken as it is:
/// here with its keys in the order they finished.
#[tokio::test]
async fn a_field_reported_in_shape_is_taken_as_it_is() {
    let execution = execution();
    for (in_shape, order) in [(true, ["fast", "slow"]), (false, ["slow", "fast"])] {
        let query = format!(
            "{{ ...Reported }} fragment Reported on Query {{ reported(inShape: {in_shape}) {{ slow fast }} }}"
        );
        let response = run(&execution, Request::new(query)).await;
        let async_graphql::Value::Object(data) = &response.data else {
            panic!("data: {:?}", response.data);
        };
        let Some(async_graphql::Value::Object(reported)) = data.get("reported") else {
            panic!("reported: {data:?}");
        };
        let keys: Vec<&str> = reported.keys().map(|key| key.as_str()).collect();
        assert_eq!(keys, order, "in shape: {in_shape}");
    }
}

#[tokio::test]
async fn async_graphql_reads_skip_and_include_conditions_from_the_variables_alone() {
    let query = "query ($skip: Boolean = true) { fast @skip(if: $skip) }";
    let raw = schema(ValidationMode::Strict).execute(query).await;
    assert_eq!(
        data(&raw),
        json!({"fast": 2}),
        "async-graphql now applies variable defaults to @skip: the engine's fill_defaults may go"
    );
    let shaped = run(&execution(), Request::new(query)).await;
    assert_eq!(data(&shaped), json!({}));
}

#[tokio::test]
async fn async_graphql_executes_the_document_set_on_the_request_rather_than_its_text() {
    let mut request = Request::new("{ fast }");
    request.set_parsed_query(parse_query("{ slow }").expect("a valid document"));
    let response = schema(ValidationMode::Strict).execute(request).await;
    assert_eq!(data(&response), json!({"slow": 1}));
}

#[tokio::test]
async fn fast_validation_still_enforces_depth_and_complexity_limits() {
    let limited = |validation| {
        Schema::build(Query, EmptyMutation, EmptySubscription)
            .validation_mode(validation)
            .limit_depth(2)
            .limit_complexity(3)
            .finish()
    };
    let fast = limited(ValidationMode::Fast);
    let deep = fast.execute("{ nested { nested { fast } } }").await;
    assert_eq!(deep.errors[0].message, "Query is nested too deep.");
    let costly = fast.execute("{ fast slow maybeFails fails }").await;
    assert_eq!(costly.errors[0].message, "Query is too complex.");
}

/// Variables of every sort, against the declarations of `$text: String!` and `$times: Int`.
fn variable_cases() -> Vec<Json> {
    vec![
        json!({"text": "ab", "times": 2}),
        json!({"text": "ab"}),
        json!({"text": "ab", "times": null}),
        json!({}),
        json!({"text": null}),
        json!({"text": 5}),
        json!({"text": "ab", "times": "2"}),
        json!({"text": "ab", "times": 1.5}),
        json!({"text": "ab", "times": 3_000_000_000_i64}),
        json!({"text": ["ab"]}),
        json!({"text": {"a": 1}}),
    ]
}

#[tokio::test]
async fn a_document_validated_once_answers_every_variable_as_full_validation_does() {
    let query = "query Echo($text: String!, $times: Int) { echo(text: $text, times: $times) }";
    let strict = schema(ValidationMode::Strict);
    let execution = execution();
    let warm = Request::new(query).variables(Variables::from_json(json!({"text": "a"})));
    assert!(run(&execution, warm).await.errors.is_empty());
    for variables in variable_cases() {
        let request = || Request::new(query).variables(Variables::from_json(variables.clone()));
        let expected = strict.execute(request()).await;
        let answered = run(&execution, request()).await;
        assert_eq!(answered.data, expected.data, "variables {variables}");
        let messages = |response: &Response| {
            response
                .errors
                .iter()
                .map(|error| error.message.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            messages(&answered),
            messages(&expected),
            "variables {variables}"
        );
    }
}

#[tokio::test]
async fn each_level_of_a_response_is_loaded_in_one_batch() {
    for count in [1, 10, 2_000] {
        let loader = Partners::default();
        let batches = loader.batches.clone();
        let execution = execution_with(loader);
        let query =
            format!("{{ items(count: {count}) {{ id partner {{ id partner {{ id }} }} }} }}");
        let response = run(&execution, Request::new(query)).await;
        assert!(response.errors.is_empty(), "{:?}", response.errors);
        let items = &data(&response)["items"];
        assert_eq!(items.as_array().map(Vec::len), usize::try_from(count).ok());
        assert_eq!(items[0]["partner"]["partner"]["id"], json!(2));
        let batches = batches.lock().expect("unpoisoned").clone();
        assert_eq!(batches.len(), 2, "{count} items: one batch per level");
        assert_eq!(batches[0], (0..count).collect::<Vec<_>>());
        assert_eq!(batches[1], (1..=count).collect::<Vec<_>>());
    }
}

#[tokio::test]
async fn keys_asked_twice_in_a_level_are_loaded_once() {
    let loader = Partners::default();
    let batches = loader.batches.clone();
    let execution = execution_with(loader);
    let query = "{ a: items(count: 3) { partner { id } } b: items(count: 2) { partner { id } } }";
    let response = run(&execution, Request::new(query)).await;
    assert!(response.errors.is_empty(), "{:?}", response.errors);
    assert_eq!(*batches.lock().expect("unpoisoned"), [vec![0, 1, 2]]);
}

#[tokio::test]
async fn errors_raised_while_resolving_go_through_the_code_hook() {
    let response = run(&execution(), Request::new("{ fast maybeFails }")).await;
    let code = response.errors[0]
        .extensions
        .as_ref()
        .and_then(|extensions| extensions.get("code"));
    assert_eq!(code, Some(&async_graphql::Value::from("CODED")));
}

#[test]
fn async_graphql_refusals_read_as_the_engine_expects() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let refusal = |schema: TestSchema, request: Request| {
        let response = runtime.block_on(schema.execute(request));
        assert!(matches!(response.data, async_graphql::Value::Null));
        Refusal::of(&response.errors[0].message)
    };
    let build = || Schema::build(Query, EmptyMutation, EmptySubscription);
    let deep = build().limit_depth(1).finish();
    assert_eq!(
        refusal(deep, Request::new("{ nested { fast } }")),
        Refusal::TooDeep
    );
    let recursive = build().limit_recursive_depth(2).finish();
    assert_eq!(
        refusal(
            recursive,
            Request::new("{ nested { nested { nested { fast } } } }")
        ),
        Refusal::TooDeep
    );
    let complex = build().limit_complexity(1).finish();
    assert_eq!(
        refusal(complex, Request::new("{ fast slow }")),
        Refusal::TooComplex
    );
    let plain = || build().finish();
    assert_eq!(
        refusal(plain(), Request::new(r#"{ echo(text: 5) }"#)),
        Refusal::BadInput
    );
    assert_eq!(
        refusal(
            plain(),
            Request::new("query A { fast } query B { slow }").operation_name("C")
        ),
        Refusal::BadInput
    );
    assert_eq!(
        refusal(plain(), Request::new("query A { fast } query B { slow }")),
        Refusal::BadInput
    );
    assert_eq!(
        refusal(plain(), Request::new("{ unknownField }")),
        Refusal::Invalid
    );
}
