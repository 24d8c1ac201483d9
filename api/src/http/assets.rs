//! The browser pages embedded in the binary, each built by Vite from `web/<page>` and committed
//! there (`dist/`), so serving them needs neither Node.js nor any host but this one: GraphiQL
//! at `/` and the explorer at `/explore` (the list is `api/build.rs`'s `PAGES`). A page is
//! revalidated on every load; its scripts and styles have content-hashed names
//! (`<mount>/assets/index-<hash>.js`), so they can be cached for good.

use axum::Router;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::routing::get;

/// A built page: where it is served, and every file of its `dist/` under its path there.
pub struct Page {
    /// The page's own path; its other files are served beneath it.
    mount: &'static str,
    /// `("/index.html", …)`, `("/assets/index-<hash>.js", …)`…
    files: &'static [(&'static str, &'static [u8])],
}

// `GRAPHIQL` and `EXPLORER`, listed by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/web_assets.rs"));

/// A new build changes every hashed name, so a cached copy never goes stale.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// The page names the current hashed files: always ask whether it changed.
const NO_CACHE: &str = "no-cache";

impl Page {
    /// The page at its mount path (with or without a trailing `/`) and its hashed files
    /// beneath; anything else is the router's 404.
    pub fn router<S: Clone + Send + Sync + 'static>(&self) -> Router<S> {
        let base = self.mount.trim_end_matches('/');
        let mut router = Router::new();
        for &(file, body) in self.files {
            let (mut routes, cache) = if file == "/index.html" {
                (vec![self.mount.to_owned(), format!("{base}/")], NO_CACHE)
            } else {
                (vec![format!("{base}{file}")], IMMUTABLE)
            };
            // `/` is both.
            routes.dedup();
            let headers = [(CONTENT_TYPE, content_type(file)), (CACHE_CONTROL, cache)];
            for route in routes {
                let headers = headers.clone();
                router = router.route(&route, get(move || async move { (headers, body) }));
            }
        }
        router
    }
}

/// The media type of a built file, by its extension (Vite emits only these kinds).
fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, extension)| extension) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("woff2") => "font/woff2",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}
