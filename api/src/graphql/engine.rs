//! The way into the schema, for HTTP and WebSocket alike: [`Engine`] runs the request-level
//! steps around async-graphql's execution — persisted queries, the document guards, full
//! validation once per document, the request's batching loader, error codes. They are
//! deliberately not schema extensions: with any extension installed, async-graphql runs every
//! field and every list item of an answer through the extension chain, which on large answers
//! costs more than resolving them. Subscriptions are validated in full each time.

use std::sync::Arc;

use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{Data, Executor, Request, Response, ServerError, ValidationMode, Value};
use futures_util::stream::{self, BoxStream, StreamExt};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::guards::{DocumentGuards, ParsedDocuments, refusal};
use super::loaders::{DbLoader, Driven, RequestLoader};
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
        }
    }

    /// Executes one request; `via_get` when it came by HTTP GET, where only queries may run.
    pub async fn run(&self, request: Request, via_get: bool) -> Response {
        let Admitted {
            request,
            loader,
            unvalidated,
        } = match self.admit(request, via_get) {
            Ok(admitted) => admitted,
            Err(error) => return Response::from_errors(vec![error]),
        };
        let schema = match unvalidated {
            Some(_) => &self.schema,
            None => &self.revalidating,
        };
        let response = with_codes(Driven::new(loader, schema.execute(request)).await);
        if let Some((key, operation)) = unvalidated
            && response.errors.is_empty()
        {
            self.validated.insert(key, operation);
        }
        response
    }

    /// The request with its document parsed and checked, and the loader its resolvers share;
    /// or why it is refused.
    fn admit(&self, mut request: Request, via_get: bool) -> Result<Admitted, ServerError> {
        let (hash, document) = match request.extensions.remove("persistedQuery") {
            Some(persisted) => {
                let (hash, document) = self.persisted_document(&request.query, persisted)?;
                (Some(hash), document)
            }
            None => (None, self.guards.parse(&request.query)?),
        };
        self.guards.check(&document, &request.variables, via_get)?;
        let key = hash.as_deref().unwrap_or(&request.query);
        let operation = request.operation_name.as_deref();
        let unvalidated =
            (!self
                .validated
                .may_skip_rules(key, operation, &document, &request.variables))
            .then(|| (key.to_owned(), operation.map(str::to_owned)));
        request.set_parsed_query(document);
        let loader = RequestLoader::new(self.loader.clone());
        Ok(Admitted {
            request: request.data(loader.clone()),
            loader,
            unvalidated,
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
                request, loader, ..
            }) => {
                let stream = self
                    .schema
                    .execute_stream_with_session_data(request, session_data.unwrap_or_default());
                Driven::new(loader, stream).map(with_codes).boxed()
            }
            Err(error) => stream::once(async move { Response::from_errors(vec![error]) }).boxed(),
        }
    }
}
