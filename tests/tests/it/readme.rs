//! Every example of the README runs against the data a first start loads (the Seoul dataset and
//! the world network), on SQLite and on PostgreSQL: each ```graphql block, and each `curl`
//! command that posts to `/graphql`, sent as it is written.
//! Queries share one server per database; each mutation gets a fresh one and an editor's key;
//! a subscription gets a fresh one too, where the README's mutations then run, and must push a
//! change.
//!
//! What README.md may say about an example:
//! - `<!-- expect: CODE -->` on the line before its block: it shows a refusal, and the answer is
//!   one error with this `extensions.code`; otherwise the answer has no errors and no null root
//!   field.
//! - `<!-- as: ROLE -->` on the line before its block: it needs a credential of that role.
//! - a ```json variables block after it: its variables.
//! - a ```json answer block after it: an excerpt of its answer, which the answer must contain
//!   (of an object, the keys shown; of a list, each item shown, in any item).
//!
//! Other blocks (```sh commands, plain ```json) are not examples.

use serde_json::{Value, json};

use crate::common::{Backend, TestApp, error_code, key, on_both_databases, spawn_app};
use crate::processes::Subscription;

/// One example, as the README gives it.
#[derive(Debug, Clone)]
struct Example {
    /// The line its block starts on, for messages.
    line: usize,
    query: String,
    variables: Value,
    /// The code of the refusal it shows, if it shows one.
    expect: Option<String>,
    /// The role whose credential it needs, if any.
    role: Option<String>,
    /// An excerpt of its answer, if the README shows one.
    answer: Option<Value>,
}

impl Example {
    fn is(&self, operation: &str) -> bool {
        self.query.trim_start().starts_with(operation)
    }
}

fn examples() -> Vec<Example> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md");
    let text = std::fs::read_to_string(path).expect("the README");
    let mut examples: Vec<Example> = Vec::new();
    // Markers on the line before a block, and whether the latest block was an example.
    let (mut expect, mut role, mut after_example) = (None, None, false);
    let mut lines = text.lines().enumerate();
    while let Some((index, line)) = lines.next() {
        if let Some(code) = comment(line, "expect") {
            expect = Some(code);
            continue;
        }
        if let Some(name) = comment(line, "as") {
            role = Some(name);
            continue;
        }
        let Some(info) = line.strip_prefix("```") else {
            (expect, role) = (None, None);
            continue;
        };
        let block = lines
            .by_ref()
            .map(|(_, line)| line)
            .take_while(|line| !line.starts_with("```"))
            .collect::<Vec<_>>()
            .join("\n");
        let request = match info {
            "graphql" => Some(json!({ "query": block })),
            "sh" => posted_graphql(&block),
            "json variables" | "json answer" => {
                let example = examples
                    .last_mut()
                    .filter(|_| after_example)
                    .unwrap_or_else(|| {
                        panic!(
                            "README line {}: a ```{info} block follows no example",
                            index + 1
                        )
                    });
                let value = serde_json::from_str(&block)
                    .unwrap_or_else(|error| panic!("README line {}: {error}", index + 1));
                if info == "json variables" {
                    example.variables = value;
                } else {
                    example.answer = Some(value);
                }
                continue;
            }
            _ => None,
        };
        after_example = request.is_some();
        if let Some(request) = request {
            examples.push(Example {
                line: index + 1,
                query: request["query"].as_str().expect("a query").to_string(),
                variables: request.get("variables").cloned().unwrap_or(json!({})),
                expect: expect.take(),
                role: role.take(),
                answer: None,
            });
        }
        (expect, role) = (None, None);
    }
    examples
}

/// The value of an HTML comment line `<!-- name: value -->`.
fn comment(line: &str, name: &str) -> Option<String> {
    let inner = line.strip_prefix("<!-- ")?.strip_suffix(" -->")?;
    Some(inner.strip_prefix(name)?.strip_prefix(": ")?.to_string())
}

/// The GraphQL request a shell block's `curl … /graphql … -d '{…}'` posts, if it has one.
fn posted_graphql(block: &str) -> Option<Value> {
    if !(block.contains("curl") && block.contains("/graphql")) {
        return None;
    }
    let body = block.split_once("-d '")?.1.split_once('\'')?.0;
    Some(serde_json::from_str(body).expect("a curl example posts JSON"))
}

/// Whether `answer` has all that `excerpt` shows.
fn contains(answer: &Value, excerpt: &Value) -> bool {
    match (answer, excerpt) {
        (Value::Object(answer), Value::Object(excerpt)) => excerpt
            .iter()
            .all(|(key, value)| answer.get(key).is_some_and(|found| contains(found, value))),
        (Value::Array(answer), Value::Array(excerpt)) => excerpt
            .iter()
            .all(|value| answer.iter().any(|found| contains(found, value))),
        _ => answer == excerpt,
    }
}

/// Runs `example` on `app` (with a credential of `role` when it needs one) and checks that it
/// answers as the README says.
async fn run(app: &TestApp, example: &Example, role: Option<&str>) {
    let credential = match role.or(example.role.as_deref()) {
        Some(role) => Some(format!("Bearer {}", key(app, role).await)),
        None => None,
    };
    let request = json!({ "query": example.query, "variables": example.variables });
    let mut post = app.client.post(app.url("/graphql")).json(&request);
    if let Some(credential) = credential {
        post = post.header("authorization", credential);
    }
    let response: Value = post
        .send()
        .await
        .expect("the server answers")
        .json()
        .await
        .expect("a JSON answer");
    let at = format!("README line {}: {}", example.line, example.query);
    match &example.expect {
        Some(code) => assert_eq!(error_code(&response), code, "{at}\n{response:#}"),
        None => {
            assert!(response.get("errors").is_none(), "{at}\n{response:#}");
            let data = response["data"].as_object().expect("data");
            for (field, value) in data {
                assert!(!value.is_null(), "{at}\n`{field}` is null: {response:#}");
            }
        }
    }
    if let Some(answer) = &example.answer {
        assert!(
            contains(&response, answer),
            "{at}\nthe answer lacks the README's excerpt {answer:#}: {response:#}"
        );
    }
}

/// Issue contract: the README's queries answer on the bundled data, as its excerpts show.
async fn every_query_answers(app: &TestApp) {
    let queries: Vec<Example> = examples()
        .into_iter()
        .filter(|example| example.is("{") || example.is("query"))
        .collect();
    assert!(queries.len() > 20, "the README's queries: {queries:#?}");
    for example in &queries {
        run(app, example, None).await;
    }
}

/// Each mutation of the README runs on a fresh database, by an editor.
async fn every_mutation_writes(backend: Backend) {
    let mutations: Vec<Example> = examples()
        .into_iter()
        .filter(|example| example.is("mutation"))
        .collect();
    assert!(!mutations.is_empty(), "the README shows mutations");
    for example in &mutations {
        let Some(app) = spawn_app(backend).await else {
            return;
        };
        run(&app, example, Some("editor")).await;
    }
}

/// Each subscription of the README is sent over WebSocket; the README's mutations then make a
/// change it pushes, without errors.
async fn every_subscription_pushes_a_change_the_mutations_make(backend: Backend) {
    let examples = examples();
    let subscriptions: Vec<&Example> = examples
        .iter()
        .filter(|example| example.is("subscription"))
        .collect();
    assert!(!subscriptions.is_empty(), "the README shows a subscription");
    for subscription in subscriptions {
        let Some(app) = spawn_app(backend).await else {
            return;
        };
        let mut changes = Subscription::open(
            &app.url("/graphql/ws"),
            &subscription.query,
            subscription.variables.clone(),
        )
        .await;
        for mutation in examples.iter().filter(|example| example.is("mutation")) {
            run(&app, mutation, Some("editor")).await;
        }
        let change = changes.next().await;
        assert!(
            change.is_object(),
            "README line {}: {change:#}",
            subscription.line
        );
    }
}

// On what a first start serves: the Seoul dataset and the world network.
on_both_databases!(with spawn_world: every_query_answers);

mod by_backend {
    use super::{
        Backend, every_mutation_writes, every_subscription_pushes_a_change_the_mutations_make,
    };

    #[tokio::test]
    async fn every_mutation_writes_on_sqlite() {
        every_mutation_writes(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn every_mutation_writes_on_postgres() {
        every_mutation_writes(Backend::Postgres).await;
    }

    #[tokio::test]
    async fn every_subscription_pushes_a_change_on_sqlite() {
        every_subscription_pushes_a_change_the_mutations_make(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn every_subscription_pushes_a_change_on_postgres() {
        every_subscription_pushes_a_change_the_mutations_make(Backend::Postgres).await;
    }
}
