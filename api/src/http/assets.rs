//! The browser assets embedded in the binary: GraphiQL's page, built by Vite from
//! `web/graphiql` and committed there (`dist/`), so serving it needs neither Node.js nor any
//! host but this one. The page (`/`) is revalidated on every load; its scripts and styles have
//! content-hashed names (`/assets/index-<hash>.js`), so they can be cached for good.

use axum::Router;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::routing::get;

/// Every file of `web/graphiql/dist` under the path it is served at (listed by `build.rs`).
static FILES: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/web_assets.rs"));

/// A new build changes every hashed name, so a cached copy never goes stale.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// The page names the current hashed files: always ask whether it changed.
const NO_CACHE: &str = "no-cache";

/// GraphiQL at `/` and its hashed assets under `/assets/`; anything else is the router's 404.
pub fn graphiql<S: Clone + Send + Sync + 'static>() -> Router<S> {
    FILES.iter().fold(Router::new(), |router, &(path, body)| {
        let (route, cache) = match path {
            "/index.html" => ("/", NO_CACHE),
            _ => (path, IMMUTABLE),
        };
        let headers = [(CONTENT_TYPE, content_type(path)), (CACHE_CONTROL, cache)];
        router.route(route, get(move || async move { (headers, body) }))
    })
}

/// The media type of a built file, by its extension (Vite emits only these kinds).
fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, extension)| extension) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("woff2") => "font/woff2",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}
