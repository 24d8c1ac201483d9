//! The graphql-transport-ws endpoint: GraphQL over WebSocket as the `graphql-ws` library speaks
//! it (its PROTOCOL.md), under the limits of HTTP. A socket must negotiate the subprotocol and
//! send `connection_init` in time; its `Authorization` (in the init payload, else the upgrade
//! request's header) is checked once, and each `subscribe` is counted against the caller's
//! rate limit and passes the engine's document guards. Queries and mutations run like HTTP
//! requests — in a turn, within the request timeout — and answer one `next`, then `complete`;
//! subscriptions live until they end, the client completes them or the socket closes.
//!
//! A request that never ran (parse, validation, limits, rate limit, timeout: `data` null and errors
//! without a `path`, the engine's convention) answers an `error` message with the coded errors;
//! errors of a result that ran go in its `next`. Breaches of the protocol close the socket
//! with its codes (4400, 4401, 4403, 4406, 4408, 4409, 4429); the server closes sockets with
//! 1001 when it shuts down, with 1009 on a message beyond the size limit, and with 1000 when
//! the peer stopped answering pings.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use async_graphql::parser::types::OperationType;
use async_graphql::{Executor, Response as GraphqlResponse, ServerError};
use axum::Extension;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{ConnectInfo, State};
use axum::http::header::{AUTHORIZATION, HOST, ORIGIN};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use engine::shape::{Written, executed};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use tokio::sync::mpsc;
use tokio::task::{AbortHandle, JoinSet};

use super::connection::Shutdown;
use super::rate_limit::{client, over_the_limit};
use super::{AppState, admission, graphql};
use crate::auth::{AuthFailure, Authentication};
use crate::config::Config;
use crate::graphql::guards::{DocumentGuards, RequestId, refusal};
use crate::graphql::schema::measuring_schema;
use crate::graphql::{AppSchema, Limits};

/// The only subprotocol spoken here.
const PROTOCOL: &str = "graphql-transport-ws";

/// How long a socket closing on its client's fault waits for the client's close frame: closing
/// the connection with unread data would reset it, and the client might lose the reason.
const LINGER: Duration = Duration::from_secs(1);

/// Messages a client's operation results may queue before it waits for the socket.
const QUEUED_MESSAGES: usize = 16;

/// The close codes sent, with their meaning.
mod close {
    pub const NORMAL: u16 = 1000;
    pub const GOING_AWAY: u16 = 1001;
    pub const PROTOCOL_ERROR: u16 = 1002;
    pub const TOO_BIG: u16 = 1009;
    pub const INVALID_MESSAGE: u16 = 4400;
    pub const UNAUTHORIZED: u16 = 4401;
    pub const FORBIDDEN: u16 = 4403;
    pub const SUBPROTOCOL_NOT_ACCEPTABLE: u16 = 4406;
    pub const INIT_TIMEOUT: u16 = 4408;
    pub const SUBSCRIBER_EXISTS: u16 = 4409;
    pub const TOO_MANY_INIT: u16 = 4429;
    pub const INTERNAL: u16 = 4500;
}

/// The WebSocket limits (see `Config`).
#[derive(Debug, Clone, Copy)]
struct Settings {
    init_timeout: Duration,
    max_message_bytes: usize,
    max_operations: usize,
    max_sockets_per_client: usize,
    /// Silence after which the server pings, and then closes.
    silence: Duration,
}

/// What every socket shares: the application, the limits, and the sockets open per client.
struct Sockets {
    app: AppState,
    settings: Settings,
    /// Tells subscriptions from queries and mutations, before the engine runs either.
    guards: DocumentGuards<AppSchema>,
    open: Mutex<HashMap<IpAddr, usize>>,
    /// The browser origins allowed, when CORS lists any: a page of another origin may not
    /// open a socket (browsers do not apply CORS to WebSockets).
    origins: Vec<String>,
}

/// The `/graphql/ws` route, with `app` and the WebSocket settings of `config`.
pub fn route<S: Clone + Send + Sync + 'static>(config: &Config, app: AppState) -> MethodRouter<S> {
    let sockets = Sockets {
        app,
        settings: Settings {
            init_timeout: config.ws_init_timeout,
            max_message_bytes: config.ws_max_message_bytes.unwrap_or(config.max_body_bytes),
            max_operations: config.ws_max_subscriptions,
            max_sockets_per_client: config.ws_max_sockets_per_client,
            silence: config.idle_timeout,
        },
        guards: DocumentGuards::new(&Limits::from(config), measuring_schema),
        open: Mutex::default(),
        origins: config
            .cors_origins
            .iter()
            .map(|origin| origin.trim().to_owned())
            .collect(),
    };
    get(upgrade).with_state(Arc::new(sockets))
}

async fn upgrade(
    State(sockets): State<Arc<Sockets>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Extension(shutdown): Extension<Shutdown>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let upgrade = match upgrade {
        Ok(upgrade) => upgrade,
        Err(rejection) => {
            let message = format!(
                "this endpoint speaks GraphQL over WebSocket ({PROTOCOL}): {}",
                rejection.body_text()
            );
            return refuse(rejection.status(), "BAD_REQUEST", &message);
        }
    };
    let origin = headers
        .get(ORIGIN)
        .map(|origin| origin.to_str().unwrap_or(""));
    // A page the server serves itself (GraphiQL) is of the server's own origin.
    let same_origin = |origin: &str| {
        let host = headers.get(HOST).and_then(|host| host.to_str().ok());
        let origin_host = origin.split_once("://").map(|(_, host)| host);
        host.is_some() && origin_host == host
    };
    if let Some(origin) = origin
        && !sockets.origins.is_empty()
        && !sockets.origins.iter().any(|allowed| allowed == origin)
        && !same_origin(origin)
    {
        let message = "this origin may not open a socket; the server lists the origins it allows";
        return refuse(StatusCode::FORBIDDEN, "FORBIDDEN_ORIGIN", message);
    }
    let Some(place) = Place::take(&sockets, peer.ip()) else {
        let message = format!(
            "a client may hold at most {} WebSockets at once; close one first",
            sockets.settings.max_sockets_per_client
        );
        return refuse(StatusCode::TOO_MANY_REQUESTS, "SOCKET_LIMIT", &message);
    };
    let limit = sockets.settings.max_message_bytes;
    let upgrade = upgrade
        .protocols([PROTOCOL])
        .max_message_size(limit)
        .max_frame_size(limit);
    let negotiated = upgrade.selected_protocol().is_some();
    let authorization = headers
        .get(AUTHORIZATION)
        .map(|value| value.to_str().unwrap_or("").to_owned());
    let request_id = headers
        .get("x-request-id")
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_owned();
    upgrade.on_upgrade(move |socket| {
        shutdown.clone().track(async move {
            let session = Session {
                socket,
                sockets,
                peer,
                request_id,
                header_authorization: authorization,
                shutdown,
                initialised: false,
                authentication: None,
                operations: HashMap::new(),
                _place: place,
            };
            session.run(negotiated).await;
        })
    })
}

/// A refusal before the upgrade, shaped like a GraphQL response.
fn refuse(status: StatusCode, code: &str, message: &str) -> Response {
    let body = json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    (status, axum::Json(body)).into_response()
}

/// A socket's place among its client's; given back when the socket ends.
struct Place {
    sockets: Arc<Sockets>,
    client: IpAddr,
}

impl Place {
    fn take(sockets: &Arc<Sockets>, address: IpAddr) -> Option<Self> {
        let client = client(address);
        let mut open = sockets.open.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(client).or_default();
        if *count >= sockets.settings.max_sockets_per_client {
            return None;
        }
        *count += 1;
        Some(Self {
            sockets: sockets.clone(),
            client,
        })
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        let mut open = self
            .sockets
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.client) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.client);
            }
        }
    }
}

/// A message from the client.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum ClientMessage {
    ConnectionInit {
        #[serde(default)]
        payload: Option<Map<String, Value>>,
    },
    Ping {
        #[serde(default)]
        payload: Option<Map<String, Value>>,
    },
    Pong {
        /// Read to check its shape; there is nothing to do with it.
        #[serde(default, rename = "payload")]
        _payload: Option<Map<String, Value>>,
    },
    Subscribe {
        id: String,
        // Boxed: a request weighs ten times the other messages.
        payload: Box<async_graphql::Request>,
    },
    Complete {
        id: String,
    },
}

/// A message to the client.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum ServerMessage<'a> {
    ConnectionAck,
    Pong {
        #[serde(skip_serializing_if = "Option::is_none")]
        payload: Option<Map<String, Value>>,
    },
    Next {
        id: &'a str,
        payload: Written<'a>,
    },
    Error {
        id: &'a str,
        payload: &'a [ServerError],
    },
    Complete {
        id: &'a str,
    },
}

impl<'a> ServerMessage<'a> {
    /// What answers `response` of operation `id`: `error` for a request that never ran, else
    /// `next`, with `data` written as the specification says.
    fn answer(id: &'a str, response: &'a GraphqlResponse) -> Self {
        if !executed(response) {
            Self::Error {
                id,
                payload: &response.errors,
            }
        } else {
            Self::Next {
                id,
                payload: Written(response),
            }
        }
    }

    fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|error| {
            tracing::error!(%error, "cannot serialize a WebSocket message");
            // Only an answer can fail to serialize; its operation then ends in an error.
            let id = match self {
                Self::Next { id, .. } | Self::Error { id, .. } | Self::Complete { id } => id,
                Self::ConnectionAck | Self::Pong { .. } => "",
            };
            json!({ "type": "error", "id": id, "payload": [{
                "message": "internal error", "extensions": { "code": "INTERNAL" }
            }] })
            .to_string()
        })
    }
}

/// A message an operation sends, and whether it is the operation's last.
struct Outgoing {
    text: String,
    ends: Option<String>,
}

/// Why a conversation ends: how to close the socket, or `None` when it is gone already.
type Ended = Option<Closing>;

/// Why a socket closes, as its close frame says.
struct Closing {
    code: u16,
    reason: String,
}

impl Closing {
    fn new(code: u16, reason: impl Into<String>) -> Self {
        Self {
            code,
            reason: reason.into(),
        }
    }
}

/// One socket from upgrade to close.
struct Session {
    socket: WebSocket,
    sockets: Arc<Sockets>,
    peer: SocketAddr,
    /// The upgrade request's id; each operation's is this, `/`, its id.
    request_id: String,
    header_authorization: Option<String>,
    shutdown: Shutdown,
    initialised: bool,
    /// Set once the connection is acknowledged.
    authentication: Option<Authentication>,
    /// Operations running, by id.
    operations: HashMap<String, AbortHandle>,
    _place: Place,
}

impl Session {
    async fn run(mut self, negotiated: bool) {
        let closing = if negotiated {
            self.converse().await
        } else {
            Some(Closing::new(
                close::SUBPROTOCOL_NOT_ACCEPTABLE,
                format!("Subprotocol not acceptable: use {PROTOCOL}"),
            ))
        };
        if let Some(Closing { code, reason }) = closing {
            let frame = CloseFrame {
                code,
                reason: truncated(reason).into(),
            };
            if self.socket.send(Message::Close(Some(frame))).await.is_ok() {
                self.linger().await;
            }
        }
    }

    /// Serves messages until the conversation ends.
    async fn converse(&mut self) -> Ended {
        let settings = self.sockets.settings;
        let (sender, mut outgoing) = mpsc::channel::<Outgoing>(QUEUED_MESSAGES);
        // Operations run beside the socket, and end with it.
        let mut running = JoinSet::new();
        let init_deadline = tokio::time::sleep(settings.init_timeout);
        tokio::pin!(init_deadline);
        let mut pings = tokio::time::interval_at(
            tokio::time::Instant::now() + settings.silence,
            settings.silence,
        );
        let mut heard = false;
        let shutdown = self.shutdown.clone();
        loop {
            tokio::select! {
                () = shutdown.stopping() => {
                    return Some(Closing::new(close::GOING_AWAY, "the server is shutting down"));
                }
                () = &mut init_deadline, if !self.initialised => {
                    return Some(Closing::new(close::INIT_TIMEOUT, "Connection initialisation timeout"));
                }
                _ = pings.tick() => {
                    if !heard {
                        return Some(Closing::new(close::NORMAL, "the client stopped answering pings"));
                    }
                    heard = false;
                    if self.socket.send(Message::Ping(Default::default())).await.is_err() {
                        return None;
                    }
                }
                Some(message) = outgoing.recv() => {
                    if let Some(id) = message.ends {
                        self.operations.remove(&id);
                    }
                    if let Err(ended) = self.send(message.text).await {
                        return ended;
                    }
                }
                Some(_) = running.join_next(), if !running.is_empty() => {}
                frame = self.socket.recv() => {
                    heard = true;
                    let message = match frame {
                        Some(Ok(Message::Text(text))) => text,
                        Some(Ok(Message::Binary(_))) => {
                            return Some(Closing::new(close::INVALID_MESSAGE, "Invalid message received: binary frames are not part of graphql-transport-ws"));
                        }
                        Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
                        Some(Ok(Message::Close(_))) => {
                            // Reading on sends the close frame answering the client's.
                            self.linger().await;
                            return None;
                        }
                        None => return None,
                        Some(Err(error)) => return unreadable(error, settings.max_message_bytes),
                    };
                    let message = match serde_json::from_str::<ClientMessage>(message.as_str()) {
                        Ok(message) => message,
                        Err(error) => {
                            return Some(Closing::new(close::INVALID_MESSAGE, format!("Invalid message received: {error}")));
                        }
                    };
                    if let Err(ended) = self.receive(message, &sender, &mut running).await {
                        return ended;
                    }
                }
            }
        }
    }

    /// Handles one client message; `Err` ends the conversation.
    async fn receive(
        &mut self,
        message: ClientMessage,
        sender: &mpsc::Sender<Outgoing>,
        running: &mut JoinSet<()>,
    ) -> Result<(), Ended> {
        match message {
            ClientMessage::ConnectionInit { payload } => self.initialise(payload).await,
            ClientMessage::Ping { payload } => {
                self.send(ServerMessage::Pong { payload }.encode()).await
            }
            ClientMessage::Pong { .. } => Ok(()),
            ClientMessage::Subscribe { id, payload } => {
                if id.is_empty() {
                    return Err(Some(Closing::new(
                        close::INVALID_MESSAGE,
                        "Invalid message received: `subscribe` needs a non-empty `id`",
                    )));
                }
                let Some(authentication) = self.authentication.clone() else {
                    return Err(Some(Closing::new(close::UNAUTHORIZED, "Unauthorized")));
                };
                if self.operations.contains_key(&id) {
                    return Err(Some(Closing::new(
                        close::SUBSCRIBER_EXISTS,
                        format!("Subscriber for {id} already exists"),
                    )));
                }
                if let Err(error) = self.admit(&authentication, &payload) {
                    let refused = ServerMessage::Error {
                        id: &id,
                        payload: &[error],
                    };
                    return self.send(refused.encode()).await;
                }
                let operation = Operation {
                    sockets: self.sockets.clone(),
                    request_id: format!("{}/{id}", self.request_id),
                    authentication,
                    sender: sender.clone(),
                    id: id.clone(),
                };
                let handle = running.spawn(operation.run(*payload));
                self.operations.insert(id, handle);
                Ok(())
            }
            ClientMessage::Complete { id } => {
                if let Some(operation) = self.operations.remove(&id) {
                    operation.abort();
                }
                Ok(())
            }
        }
    }

    /// Authenticates the caller of `connection_init` and acknowledges it, or says why not.
    async fn initialise(&mut self, payload: Option<Map<String, Value>>) -> Result<(), Ended> {
        if self.initialised {
            return Err(Some(Closing::new(
                close::TOO_MANY_INIT,
                "Too many initialisation requests",
            )));
        }
        self.initialised = true;
        // graphql-ws clients send what they are given as `connectionParams`, in any case.
        let from_payload = payload.as_ref().and_then(|payload| {
            payload
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case("authorization"))
                .map(|(_, value)| value.as_str().unwrap_or(""))
        });
        let authorization = from_payload.or(self.header_authorization.as_deref());
        let authentication =
            match admission::admit(&self.sockets.app, authorization, self.peer).await {
                Ok(authentication) => authentication,
                Err(wait) => {
                    let (_, message) = over_the_limit(wait);
                    return Err(Some(Closing::new(close::TOO_MANY_INIT, message)));
                }
            };
        match &authentication.0 {
            Ok(_) => {}
            Err(AuthFailure::Unavailable(cause)) => {
                tracing::error!(%cause, "cannot check a WebSocket's credential");
                return Err(Some(Closing::new(close::INTERNAL, "Internal server error")));
            }
            Err(failure) => return Err(Some(Closing::new(close::FORBIDDEN, failure.to_string()))),
        }
        self.authentication = Some(authentication);
        self.send(ServerMessage::ConnectionAck.encode()).await
    }

    /// Whether one more operation may start: the socket's cap, the caller's rate limit, a
    /// query to run.
    fn admit(
        &self,
        authentication: &Authentication,
        request: &async_graphql::Request,
    ) -> Result<(), ServerError> {
        let max = self.sockets.settings.max_operations;
        if self.operations.len() >= max {
            return Err(refusal(
                "SUBSCRIPTION_LIMIT",
                format!("a WebSocket may run at most {max} operations at once; complete one first"),
            ));
        }
        if let Err(wait) = admission::count(&self.sockets.app, authentication, self.peer) {
            return Err(refusal("RATE_LIMITED", over_the_limit(wait).1));
        }
        if request.query.is_empty() && !request.extensions.contains_key("persistedQuery") {
            return Err(refusal("BAD_REQUEST", "the request has no `query`".into()));
        }
        Ok(())
    }

    /// Sends a text message; `Err` when the socket is gone or the client does not read.
    async fn send(&mut self, text: String) -> Result<(), Ended> {
        let sent = tokio::time::timeout(
            self.sockets.settings.silence,
            self.socket.send(Message::Text(text.into())),
        );
        match sent.await {
            Ok(Ok(())) => Ok(()),
            _ => Err(None),
        }
    }

    /// Waits a moment for the client to answer the close frame (or, after the client's, for
    /// the answer to go out).
    async fn linger(&mut self) {
        let answered = async {
            loop {
                match self.socket.recv().await {
                    Some(Ok(Message::Close(_))) | None => return,
                    Some(Ok(_)) => {}
                    // Nothing more can be read; wait out the moment.
                    Some(Err(_)) => std::future::pending::<()>().await,
                }
            }
        };
        let _ = tokio::time::timeout(LINGER, answered).await;
    }
}

/// How to close a socket whose next frame could not be read.
fn unreadable(error: axum::Error, limit: usize) -> Option<Closing> {
    match error.into_inner().downcast::<tungstenite::Error>() {
        Ok(error) => match *error {
            tungstenite::Error::Capacity(_) => Some(Closing::new(
                close::TOO_BIG,
                format!("a message may have at most {limit} bytes"),
            )),
            tungstenite::Error::Protocol(error) => {
                Some(Closing::new(close::PROTOCOL_ERROR, error.to_string()))
            }
            _ => None,
        },
        Err(_) => None,
    }
}

/// A close reason within the 123 bytes a close frame has room for.
fn truncated(mut reason: String) -> String {
    const ROOM: usize = 123;
    if reason.len() > ROOM {
        let mut end = ROOM;
        while !reason.is_char_boundary(end) {
            end -= 1;
        }
        reason.truncate(end);
    }
    reason
}

/// One `subscribe`, run beside its socket.
struct Operation {
    sockets: Arc<Sockets>,
    request_id: String,
    authentication: Authentication,
    sender: mpsc::Sender<Outgoing>,
    id: String,
}

impl Operation {
    async fn run(self, request: async_graphql::Request) {
        if self.is_subscription(&request) {
            self.subscribe(request).await;
        } else {
            self.execute(request).await;
        }
    }

    /// Whether `request` selects a subscription; a document that cannot be read is left to
    /// the engine, which refuses it.
    fn is_subscription(&self, request: &async_graphql::Request) -> bool {
        let Ok(document) = self.sockets.guards.parse(&request.query) else {
            return false;
        };
        let wanted = request.operation_name.as_deref();
        document
            .operations
            .iter()
            .find(|(name, _)| wanted.is_none() || name.map(|name| name.as_str()) == wanted)
            .is_some_and(|(_, operation)| operation.node.ty == OperationType::Subscription)
    }

    /// A query or mutation: one answer, in a turn and within the request timeout, as over HTTP.
    async fn execute(self, request: async_graphql::Request) {
        let app = &self.sockets.app;
        let executed = graphql::execute(
            app,
            request,
            self.authentication.clone(),
            &self.request_id,
            false,
        )
        .await;
        // Serialized before the turn is let go, as over HTTP.
        let answer = ServerMessage::answer(&self.id, &executed.response);
        let refused = matches!(answer, ServerMessage::Error { .. });
        let answer = answer.encode();
        drop(executed);
        if refused {
            self.send(answer, true).await;
        } else if self.send(answer, false).await {
            self.send(ServerMessage::Complete { id: &self.id }.encode(), true)
                .await;
        }
    }

    /// A subscription: an answer per event until its stream ends.
    async fn subscribe(self, request: async_graphql::Request) {
        let request = request
            .data(self.authentication.clone())
            .data(RequestId(self.request_id.clone()));
        let mut events = self.sockets.app.engine.execute_stream(request, None);
        while let Some(response) = events.next().await {
            let answer = ServerMessage::answer(&self.id, &response);
            let refused = matches!(answer, ServerMessage::Error { .. });
            if !self.send(answer.encode(), refused).await || refused {
                return;
            }
        }
        self.send(ServerMessage::Complete { id: &self.id }.encode(), true)
            .await;
    }

    /// Queues a message of this operation, its last when `last`; `false` once the socket is
    /// gone.
    async fn send(&self, text: String, last: bool) -> bool {
        let ends = last.then(|| self.id.clone());
        self.sender.send(Outgoing { text, ends }).await.is_ok()
    }
}
