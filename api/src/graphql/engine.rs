//! The way into the schema, for HTTP and WebSocket alike: [`Engine`] admits a request —
//! persisted queries, the document guards — and hands it to the engine crate's [`Execution`],
//! wired to our schema, our loader and our error codes.

use std::sync::Arc;

use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{Data, Executor, Request, Response, ServerError, Value};
use engine::batching::BatchLoad;
use engine::{Admitted, Execution};
use futures_util::stream::{self, BoxStream, StreamExt};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::guards::{DocumentGuards, ParsedDocuments, refusal};
use super::loaders::{DbLoader, LoadError};
use super::mutation::Mutation;
use super::query::Query;
use super::schema::measuring_schema;
use super::subscription::Subscription;
use super::types::{PageRequests, PinnedSnapshot};
use super::{AppSchema, Limits};
use crate::db::Db;
use crate::error::{AppError, with_codes};

/// The schema with its request-level steps; cheap to clone.
#[derive(Clone)]
pub struct Engine {
    execution: Arc<Execution<Query, Mutation, Subscription, DbLoader>>,
    guards: Arc<DocumentGuards<AppSchema>>,
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

impl BatchLoad for DbLoader {
    type Error = LoadError;

    fn abandoned() -> LoadError {
        Arc::new(AppError::Database(sea_orm::DbErr::Custom(
            "a batch of loads was abandoned".into(),
        )))
    }
}

impl Engine {
    /// `schema` builds the schema with the validation it is given.
    pub fn new(
        schema: impl Fn(async_graphql::ValidationMode) -> AppSchema,
        limits: &Limits,
        db: Db,
    ) -> Self {
        Self {
            execution: Arc::new(Execution::new(schema, DbLoader::new(db), with_codes)),
            guards: Arc::new(DocumentGuards::new(limits, measuring_schema)),
            persisted: Arc::default(),
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
        let request = request
            .data(PinnedSnapshot::default())
            .data(PageRequests::default());
        match self.admit(request, via_get) {
            Ok(admitted) => self.execution.run(admitted).await,
            Err(error) => (Response::from_errors(vec![error]), named),
        }
    }

    /// The request with its document parsed and checked, ready to run; or why it is refused.
    fn admit(
        &self,
        mut request: Request,
        via_get: bool,
    ) -> Result<Admitted<DbLoader>, ServerError> {
        let (hash, document) = self.checked_document(&mut request, via_get)?;
        Ok(self.execution.admit(request, document, hash.as_deref()))
    }

    /// The request's document, parsed (or found by its persisted query's hash, which comes
    /// with it) and checked by the guards.
    fn checked_document(
        &self,
        request: &mut Request,
        via_get: bool,
    ) -> Result<(Option<String>, Arc<ExecutableDocument>), ServerError> {
        let (hash, document) = match request.extensions.remove("persistedQuery") {
            Some(persisted) => {
                let (hash, document) = self.persisted_document(&request.query, persisted)?;
                (Some(hash), document)
            }
            None => (None, self.guards.parse(&request.query)?),
        };
        self.guards.check(&document, &request.variables, via_get)?;
        Ok((hash, document))
    }

    /// A persisted query's hash and document: remembered under its hash when the client sends
    /// the text with it, looked up when it sends the hash alone.
    fn persisted_document(
        &self,
        query: &str,
        persisted: Value,
    ) -> Result<(String, Arc<ExecutableDocument>), ServerError> {
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
            Ok(admitted) => self.execution.run_stream(admitted, session_data),
            Err(error) => stream::once(async move { Response::from_errors(vec![error]) }).boxed(),
        }
    }
}
