//! What the HTTP edge refuses or rewrites before a handler sees a request: a URI or header block
//! over its limit (414, 431) and a body over its limit (413), answered as GraphQL errors with
//! an `extensions.code` for clients that read JSON; and a client's `x-request-id`, kept only
//! when it is short and plain, so that logs and answers never carry what a client smuggled in.

use axum::extract::{Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderValue, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::Response;

use super::graphql::{http_error, negotiate};

/// The limits the edge enforces.
#[derive(Debug, Clone, Copy)]
pub struct EdgeLimits {
    pub max_uri_bytes: usize,
    pub max_header_bytes: usize,
    pub max_body_bytes: usize,
}

/// Refuses over-long URIs and header blocks, and turns the body limit's plain-text 413 into a
/// GraphQL error.
pub async fn limits(State(limits): State<EdgeLimits>, request: Request, next: Next) -> Response {
    let flavor = negotiate(request.headers());
    let uri_bytes = written_length(request.uri());
    if uri_bytes > limits.max_uri_bytes {
        let message = format!(
            "the URI has {uri_bytes} bytes; at most {} are allowed (send long queries by POST)",
            limits.max_uri_bytes
        );
        return refuse(flavor, StatusCode::URI_TOO_LONG, "URI_TOO_LONG", &message);
    }
    let header_bytes: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if header_bytes > limits.max_header_bytes {
        let message = format!(
            "the request's headers have {header_bytes} bytes; at most {} are allowed",
            limits.max_header_bytes
        );
        return refuse(
            flavor,
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "HEADERS_TOO_LARGE",
            &message,
        );
    }
    let response = next.run(request).await;
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|content_type| content_type.contains("json"));
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE && !is_json {
        let message = format!(
            "the request body is larger than {} bytes",
            limits.max_body_bytes
        );
        return refuse(
            flavor,
            StatusCode::PAYLOAD_TOO_LARGE,
            "BODY_TOO_LARGE",
            &message,
        );
    }
    response
}

/// The length of `uri` as written (`Display`), counted without writing it.
fn written_length(uri: &Uri) -> usize {
    uri.scheme_str()
        .map_or(0, |scheme| scheme.len() + "://".len())
        + uri
            .authority()
            .map_or(0, |authority| authority.as_str().len())
        + uri.path().len()
        + uri.query().map_or(0, |query| "?".len() + query.len())
}

/// A coded refusal for clients that read JSON; plain status otherwise.
fn refuse(
    flavor: Option<super::graphql::Flavor>,
    status: StatusCode,
    code: &str,
    message: &str,
) -> Response {
    match flavor {
        Some(flavor) => http_error(flavor, status, code, message),
        None => {
            let mut response = Response::new(message.to_owned().into());
            *response.status_mut() = status;
            response
        }
    }
}

/// Longest client request id kept.
const MAX_REQUEST_ID: usize = 128;

/// Drops a client's `x-request-id` unless it is short and made of plain characters; the
/// request-id layer then gives the request a generated one.
pub async fn plain_request_id(mut request: Request, next: Next) -> Response {
    let plain = |value: &HeaderValue| {
        let bytes = value.as_bytes();
        !bytes.is_empty()
            && bytes.len() <= MAX_REQUEST_ID
            && bytes
                .iter()
                .all(|byte| byte.is_ascii_alphanumeric() || b"-_.:/+=".contains(byte))
    };
    if request
        .headers()
        .get_all("x-request-id")
        .iter()
        .any(|value| !plain(value))
        || request.headers().get_all("x-request-id").iter().count() > 1
    {
        request.headers_mut().remove("x-request-id");
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use axum::http::Uri;

    use super::written_length;

    #[test]
    fn a_uri_is_measured_as_it_is_written() {
        for uri in [
            "/graphql",
            "/graphql?query=%7B%20a%20%7D&variables=%7B%7D",
            "/?",
            "*",
            "http://example.org:8080/graphql?query=x",
            "https://example.org",
            "example.org:443",
        ] {
            let uri: Uri = uri.parse().expect("a valid URI");
            assert_eq!(written_length(&uri), uri.to_string().len(), "{uri}");
        }
    }
}
