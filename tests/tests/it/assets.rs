//! GraphiQL's page as the binary serves it: from embedded assets, the page revalidated on
//! every load, its hashed scripts and styles cached for good, compressed, and hidden with
//! GraphiQL. (That it runs offline in a browser is `tests/browser`'s part.)

use paradiplo::config::Profile;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE};

use crate::common::{Backend, TestApp, spawn_app, spawn_app_with};

/// What the page's `src` and `href` attributes name.
fn links(page: &str) -> Vec<&str> {
    ["src=\"", "href=\""]
        .iter()
        .flat_map(|attribute| page.split(attribute).skip(1))
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

/// The `/assets/…` files the page loads.
fn asset_paths(page: &str) -> Vec<String> {
    links(page)
        .into_iter()
        .filter(|link| link.starts_with("/assets/"))
        .map(str::to_owned)
        .collect()
}

/// A GET as a browser sends it, accepting gzip (the body is left compressed).
async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .header(ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .expect("the server answers")
}

/// The page at `/`, uncompressed.
async fn get_page(app: &TestApp) -> reqwest::Response {
    app.client
        .get(app.url("/"))
        .send()
        .await
        .expect("the server answers")
}

fn header<'a>(response: &'a reqwest::Response, name: &reqwest::header::HeaderName) -> &'a str {
    response
        .headers()
        .get(name)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn graphiql_is_served_from_the_binary_with_its_hashed_assets_cached_for_good() {
    let app = spawn_app(Backend::Sqlite).await.expect("SQLite");

    let page = get_page(&app).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(header(&page, &CONTENT_TYPE), "text/html; charset=utf-8");
    assert_eq!(header(&page, &CACHE_CONTROL), "no-cache");
    let page = page.text().await.expect("the page");
    // Inline (`data:`) or a path on this server; `//host/…` would be another host.
    let here = |link: &str| {
        link.starts_with("data:") || (link.starts_with('/') && !link.starts_with("//"))
    };
    let elsewhere: Vec<&str> = links(&page)
        .into_iter()
        .filter(|link| !here(link))
        .collect();
    assert!(
        elsewhere.is_empty(),
        "the page loads from other hosts: {elsewhere:?}"
    );

    let assets = asset_paths(&page);
    let kinds: Vec<&str> = assets
        .iter()
        .filter_map(|path| path.rsplit('.').next())
        .collect();
    assert!(
        kinds.contains(&"js") && kinds.contains(&"css"),
        "the page loads a script and a stylesheet: {assets:?}"
    );
    for path in &assets {
        let asset = get(&app, path).await;
        assert_eq!(asset.status(), StatusCode::OK, "{path}");
        let expected_type = if path.ends_with(".js") {
            "text/javascript; charset=utf-8"
        } else {
            "text/css; charset=utf-8"
        };
        assert_eq!(header(&asset, &CONTENT_TYPE), expected_type, "{path}");
        assert_eq!(
            header(&asset, &CACHE_CONTROL),
            "public, max-age=31536000, immutable",
            "{path}"
        );
        assert_eq!(header(&asset, &CONTENT_ENCODING), "gzip", "{path}");
    }

    let unknown = get(&app, "/assets/index-00000000.js").await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn without_graphiql_neither_the_page_nor_its_assets_are_served() {
    let app = spawn_app(Backend::Sqlite).await.expect("SQLite");
    let page = get_page(&app).await.text().await.expect("the page");
    let production = spawn_app_with(Backend::Sqlite, |config| {
        config.profile = Profile::Production;
    })
    .await
    .expect("SQLite");
    for path in std::iter::once("/".to_owned()).chain(asset_paths(&page)) {
        let response = get(&production, &path).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
}
