//! The steps around async-graphql's execution of a checked document: full validation once per
//! document (see [`crate::validated`]), the request's batching loader (see [`crate::batching`]),
//! the application's error codes, and the answer's shape (see [`crate::shape`]). They are
//! deliberately not schema extensions: with any extension installed, async-graphql runs every
//! field and every list item of an answer through the extension chain, which on large answers
//! costs more than resolving them. Subscriptions are validated in full each time.
//!
//! What comes before (parsing, persisted queries, the application's own document checks) is the
//! application's: it hands [`Execution::admit`] the document it parsed and checked.

use std::sync::Arc;

use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{
    Data, ObjectType, Request, Response, Schema, SubscriptionType, ValidationMode, Variables,
};
use futures_util::stream::{BoxStream, StreamExt};

use crate::batching::{BatchLoad, Driven, RequestLoader};
use crate::shape::{InShape, Shapes, fill_defaults, operation};
use crate::validated::{KnownDocuments, variables_have_their_types};

/// A schema whose roots are `Q`, `M` and `S`, with its request-level steps; its resolvers load
/// through `L`, batched per request by the [`RequestLoader`] in the request's data.
pub struct Execution<Q, M, S, L> {
    /// Checks every validation rule on each request.
    schema: Schema<Q, M, S>,
    /// The same schema checking only the rules that involve variable values or limits, for
    /// documents `known` to have passed every rule.
    revalidating: Schema<Q, M, S>,
    known: KnownDocuments,
    loader: Arc<L>,
    shapes: Arc<Shapes>,
    /// Gives the errors of a response their codes: once per response, never per field.
    codes: fn(Response) -> Response,
}

/// A request ready to run: its document marked for shaping, its variables' defaults filled in,
/// and the loader its resolvers share in its data.
pub struct Admitted<L> {
    request: Request,
    loader: Arc<RequestLoader<L>>,
    /// The key and operation of a document to validate in full, remembered once it passes.
    unvalidated: Option<(String, Option<String>)>,
    asked: Asked,
}

/// What a request asked for, which its answer is shaped by.
struct Asked {
    /// Marked for shaping, and shared with every request of the same document.
    document: Arc<ExecutableDocument>,
    operation: Option<String>,
    variables: Variables,
    /// What the resolvers answered in shape already; in the request's data too.
    in_shape: Arc<InShape>,
}

impl Asked {
    /// The request's operation name, or else the one the document gives its operation.
    fn into_operation_name(self) -> Option<String> {
        self.operation.or_else(|| {
            let (name, _) = operation(&self.document, None)?;
            name.map(ToString::to_string)
        })
    }

    fn shape(&self, shapes: &Shapes, response: &mut Response) {
        shapes.shape(
            &self.document,
            self.operation.as_deref(),
            &self.variables,
            &self.in_shape,
            response,
        );
    }
}

impl<Q, M, S, L> Execution<Q, M, S, L>
where
    Q: ObjectType + 'static,
    M: ObjectType + 'static,
    S: SubscriptionType + 'static,
    L: BatchLoad,
{
    /// `schema` builds the schema with the validation it is given; `codes` gives the errors of
    /// every response their codes, before the answer is shaped.
    pub fn new(
        schema: impl Fn(ValidationMode) -> Schema<Q, M, S>,
        loader: L,
        codes: fn(Response) -> Response,
    ) -> Self {
        Self {
            schema: schema(ValidationMode::Strict),
            revalidating: schema(ValidationMode::Fast),
            known: KnownDocuments::default(),
            loader: Arc::new(loader),
            shapes: Arc::new(Shapes::of::<Q, M, S>()),
            codes,
        }
    }

    /// Readies `request` to run `document`, its query as the application parsed and checked
    /// it. The document is known by `persisted_hash` when it came as a persisted query, else by
    /// the request's text; a document known already is not marked again.
    pub fn admit(
        &self,
        mut request: Request,
        document: impl Into<Arc<ExecutableDocument>>,
        persisted_hash: Option<&str>,
    ) -> Admitted<L> {
        let key = persisted_hash.unwrap_or(&request.query);
        let operation = request.operation_name.as_deref();
        let (document, passed) = self
            .known
            .marked(key, operation, document.into(), |document| {
                self.shapes.mark(document);
            });
        fill_defaults(&document, operation, &mut request.variables);
        let unvalidated =
            !(passed && variables_have_their_types(&document, operation, &request.variables));
        let unvalidated = unvalidated.then(|| (key.to_owned(), operation.map(str::to_owned)));
        // async-graphql takes a document of its own, which it prunes as it executes.
        request.set_parsed_query(ExecutableDocument::clone(&document));
        let in_shape = Arc::new(InShape::default());
        let asked = Asked {
            document,
            operation: request.operation_name.clone(),
            variables: request.variables.clone(),
            in_shape: in_shape.clone(),
        };
        let loader = RequestLoader::new(self.loader.clone());
        Admitted {
            request: request.data(loader.clone()).data(in_shape),
            loader,
            unvalidated,
            asked,
        }
    }

    /// Executes an admitted query or mutation; answers with the name of its operation: the
    /// request's, or else the name the document gives it.
    pub async fn run(&self, admitted: Admitted<L>) -> (Response, Option<String>) {
        let Admitted {
            request,
            loader,
            unvalidated,
            asked,
        } = admitted;
        let schema = match unvalidated {
            Some(_) => &self.schema,
            None => &self.revalidating,
        };
        let mut response = (self.codes)(Driven::new(loader, schema.execute(request)).await);
        asked.shape(&self.shapes, &mut response);
        if let Some((key, operation)) = unvalidated
            && response.errors.is_empty()
        {
            self.known.passed(&key, operation);
        }
        (response, asked.into_operation_name())
    }

    /// Executes an admitted subscription (or any operation, as a stream of one answer).
    pub fn run_stream(
        &self,
        admitted: Admitted<L>,
        session_data: Option<Arc<Data>>,
    ) -> BoxStream<'static, Response> {
        let Admitted {
            request,
            loader,
            asked,
            ..
        } = admitted;
        let stream = self
            .schema
            .execute_stream_with_session_data(request, session_data.unwrap_or_default());
        let (shapes, codes) = (self.shapes.clone(), self.codes);
        Driven::new(loader, stream)
            .map(move |response| {
                let mut response = codes(response);
                asked.shape(&shapes, &mut response);
                response
            })
            .boxed()
    }
}
