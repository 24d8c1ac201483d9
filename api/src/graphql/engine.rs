//! The way into the schema, for HTTP and WebSocket alike: [`Engine`] runs the request-level
//! steps around async-graphql's execution — persisted queries, the document guards, full
//! validation once per document, the request's batching loader, error codes, and the answer's
//! shape (see [`super::shape`]). They are
//! deliberately not schema extensions: with any extension installed, async-graphql runs every
//! field and every list item of an answer through the extension chain, which on large answers
//! costs more than resolving them. Subscriptions are validated in full each time.

use std::sync::Arc;

use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{
    Data, Executor, Request, Response, ServerError, ValidationMode, Value, Variables,
};
use futures_util::stream::{self, BoxStream, StreamExt};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::guards::{DocumentGuards, ParsedDocuments, refusal};
use super::loaders::{DbLoader, Driven, RequestLoader};
use super::mutation::Mutation;
use super::query::Query;
use super::shape::{Shapes, fill_defaults, operation};
use super::subscription::Subscription;
use super::validated::ValidatedDocuments;
use super::{AppSchema, Limits};
use crate::db::Db;
use crate::error::with_codes;

/// The schema with its request-level steps; cheap to clone.
#[derive(Clone)]
pub struct Engine {
    /// Checks every validation rule on each request.
    schema: AppSchema,
    /// The same schema checking only the rules that involve variable values or limits, for
    /// documents in `validated`.
    revalidating: AppSchema,
    validated: Arc<ValidatedDocuments>,
    loader: Arc<DbLoader>,
    guards: Arc<DocumentGuards>,
    /// Automatic persisted queries (Apollo's protocol), by the SHA-256 of their text.
    persisted: Arc<ParsedDocuments>,
    shapes: Arc<Shapes>,
}

/// The `persistedQuery` extension of a request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PersistedQuery {
    version: i32,
    sha256_hash: String,
}

impl Engine {
    /// `schema` builds the schema with the validation it is given.
    pub fn new(schema: impl Fn(ValidationMode) -> AppSchema, limits: &Limits, db: Db) -> Self {
        Self {
            schema: schema(ValidationMode::Strict),
            revalidating: schema(ValidationMode::Fast),
            validated: Arc::default(),
            loader: Arc::new(DbLoader::new(db)),
            guards: Arc::new(DocumentGuards::new(limits)),
            persisted: Arc::default(),
            shapes: Arc::new(Shapes::of::<Query, Mutation, Subscription>()),
        }
    }

    /// Executes one request; `via_get` when it came by HTTP GET, where only queries may run.
    pub async fn run(&self, request: Request, via_get: bool) -> Response {
        self.run_named(request, via_get).await.0
    }

    /// Like [`Engine::run`], with the name of the operation: the request's, or else the name
    /// the document gives its operation.
    pub async fn run_named(&self, request: Request, via_get: bool) -> (Response, Option<String>) {
        let named = request.operation_name.clone();
        let Admitted {
            request,
            loader,
            unvalidated,
            asked,
        } = match self.admit(request, via_get) {
            Ok(admitted) => admitted,
            Err(error) => return (Response::from_errors(vec![error]), named),
        };
        let schema = match unvalidated {
            Some(_) => &self.schema,
            None => &self.revalidating,
        };
        let mut response = with_codes(Driven::new(loader, schema.execute(request)).await);
        asked.shape(&self.shapes, &mut response);
        if let Some((key, operation)) = unvalidated
            && response.errors.is_empty()
        {
            self.validated.insert(key, operation);
        }
        (response, named.or_else(|| asked.operation_name()))
    }

    /// The request with its document parsed and checked, and the loader its resolvers share;
    /// or why it is refused.
    fn admit(&self, mut request: Request, via_get: bool) -> Result<Admitted, ServerError> {
        let (hash, mut document) = match request.extensions.remove("persistedQuery") {
            Some(persisted) => {
                let (hash, document) = self.persisted_document(&request.query, persisted)?;
                (Some(hash), document)
            }
            None => (None, self.guards.parse(&request.query)?),
        };
        self.guards.check(&document, &request.variables, via_get)?;
        self.shapes.mark(&mut document);
        fill_defaults(
            &document,
            request.operation_name.as_deref(),
            &mut request.variables,
        );
        let key = hash.as_deref().unwrap_or(&request.query);
        let operation = request.operation_name.as_deref();
        let unvalidated =
            (!self
                .validated
                .may_skip_rules(key, operation, &document, &request.variables))
            .then(|| (key.to_owned(), operation.map(str::to_owned)));
        let asked = Asked {
            document: document.clone(),
            operation: request.operation_name.clone(),
            variables: request.variables.clone(),
        };
        request.set_parsed_query(document);
        let loader = RequestLoader::new(self.loader.clone());
        Ok(Admitted {
            request: request.data(loader.clone()),
            loader,
            unvalidated,
            asked,
        })
    }

    /// A persisted query's hash and document: remembered under its hash when the client sends
    /// the text with it, looked up when it sends the hash alone.
    fn persisted_document(
        &self,
        query: &str,
        persisted: Value,
    ) -> Result<(String, ExecutableDocument), ServerError> {
        let persisted: PersistedQuery = async_graphql::from_value(persisted).map_err(|_| {
            refusal(
                "BAD_USER_INPUT",
                "the persistedQuery extension needs `version` and `sha256Hash`".into(),
            )
        })?;
        if persisted.version != 1 {
            return Err(refusal(
                "BAD_USER_INPUT",
                format!(
                    "persisted queries of version {} are not supported; send version 1",
                    persisted.version
                ),
            ));
        }
        if query.is_empty() {
            // Apollo clients re-send the full query on this one, by its message and code.
            return match self.persisted.get(&persisted.sha256_hash) {
                Some(document) => Ok((persisted.sha256_hash, document)),
                None => Err(refusal(
                    "PERSISTED_QUERY_NOT_FOUND",
                    "PersistedQueryNotFound".into(),
                )),
            };
        }
        if format!("{:x}", Sha256::digest(query.as_bytes())) != persisted.sha256_hash {
            return Err(refusal(
                "BAD_USER_INPUT",
                "the persisted query's sha256Hash is not the SHA-256 of its text".into(),
            ));
        }
        let document = self.guards.parse(query)?;
        self.persisted.insert(&persisted.sha256_hash, &document);
        Ok((persisted.sha256_hash, document))
    }
}

/// A request admitted to execution.
struct Admitted {
    request: Request,
    loader: Arc<RequestLoader>,
    /// The key and operation of a document to validate in full, remembered once it passes.
    unvalidated: Option<(String, Option<String>)>,
    asked: Asked,
}

/// What a request asked for, which its answer is shaped by.
struct Asked {
    document: ExecutableDocument,
    operation: Option<String>,
    variables: Variables,
}

impl Asked {
    /// The name the document gives the operation asked for.
    fn operation_name(&self) -> Option<String> {
        let (name, _) = operation(&self.document, self.operation.as_deref())?;
        name.map(ToString::to_string)
    }

    fn shape(&self, shapes: &Shapes, response: &mut Response) {
        shapes.shape(
            &self.document,
            self.operation.as_deref(),
            &self.variables,
            response,
        );
    }
}

impl Executor for Engine {
    fn execute(&self, request: Request) -> impl Future<Output = Response> + Send {
        self.run(request, false)
    }

    fn execute_stream(
        &self,
        request: Request,
        session_data: Option<Arc<Data>>,
    ) -> BoxStream<'static, Response> {
        match self.admit(request, false) {
            Ok(Admitted {
                request,
                loader,
                asked,
                ..
            }) => {
                let stream = self
                    .schema
                    .execute_stream_with_session_data(request, session_data.unwrap_or_default());
                let shapes = self.shapes.clone();
                Driven::new(loader, stream)
                    .map(move |response| {
                        let mut response = with_codes(response);
                        asked.shape(&shapes, &mut response);
                        response
                    })
                    .boxed()
            }
            Err(error) => stream::once(async move { Response::from_errors(vec![error]) }).boxed(),
        }
    }
}
