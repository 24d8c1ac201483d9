//! The browser pages as the binary serves them: from embedded assets, each page revalidated on
//! every load, its hashed scripts and styles cached for good, compressed; GraphiQL hidden with
//! GraphiQL, the explorer served in every profile. (That they run offline in a browser is
//! `tests/browser`'s part.)

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

/// The `/assets/…` files GraphiQL's page loads.
fn asset_paths(page: &str) -> Vec<String> {
    assets_under(page, "/assets/")
}

/// The files under `prefix` the page loads.
fn assets_under(page: &str, prefix: &str) -> Vec<String> {
    links(page)
        .into_iter()
        .filter(|link| link.starts_with(prefix))
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
    get_uncompressed(app, "/").await
}

/// A GET of `path`, uncompressed.
async fn get_uncompressed(app: &TestApp, path: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
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

/// Every `src` and `href` is inline (`data:`), a place in the page (`#…`) or a path on this
/// server; `//host/…` would be another host.
fn assert_loads_from_this_host_only(page: &str) {
    let here = |link: &str| {
        link.starts_with("data:")
            || link.starts_with('#')
            || (link.starts_with('/') && !link.starts_with("//"))
    };
    let elsewhere: Vec<&str> = links(page).into_iter().filter(|link| !here(link)).collect();
    assert!(
        elsewhere.is_empty(),
        "the page loads from other hosts: {elsewhere:?}"
    );
}

/// The page loads a script and a stylesheet, each served with its type, cached for good and
/// compressed.
async fn assert_scripts_and_styles_cached_for_good(app: &TestApp, assets: &[String]) {
    let kinds: Vec<&str> = assets
        .iter()
        .filter_map(|path| path.rsplit('.').next())
        .collect();
    assert!(
        kinds.contains(&"js") && kinds.contains(&"css"),
        "the page loads a script and a stylesheet: {assets:?}"
    );
    for path in assets {
        let asset = get(app, path).await;
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
}

#[tokio::test]
async fn graphiql_is_served_from_the_binary_with_its_hashed_assets_cached_for_good() {
    let app = spawn_app(Backend::Sqlite).await.expect("SQLite");

    let page = get_page(&app).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(header(&page, &CONTENT_TYPE), "text/html; charset=utf-8");
    assert_eq!(header(&page, &CACHE_CONTROL), "no-cache");
    let page = page.text().await.expect("the page");
    assert_loads_from_this_host_only(&page);
    assert_scripts_and_styles_cached_for_good(&app, &asset_paths(&page)).await;

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

#[tokio::test]
async fn the_explorer_is_served_at_explore_with_its_assets_even_in_production() {
    let app = spawn_app_with(Backend::Sqlite, |config| {
        config.profile = Profile::Production;
    })
    .await
    .expect("SQLite");

    for path in ["/explore", "/explore/"] {
        let page = get(&app, path).await;
        assert_eq!(page.status(), StatusCode::OK, "{path}");
        assert_eq!(
            header(&page, &CONTENT_TYPE),
            "text/html; charset=utf-8",
            "{path}"
        );
        assert_eq!(header(&page, &CACHE_CONTROL), "no-cache", "{path}");
    }
    let page = get_uncompressed(&app, "/explore")
        .await
        .text()
        .await
        .expect("the page");
    assert!(page.contains("Paradiplo · Explorer"), "{page}");
    assert_loads_from_this_host_only(&page);
    let assets = assets_under(&page, "/explore/assets/");
    assert_scripts_and_styles_cached_for_good(&app, &assets).await;

    // The world's outline: its own hashed file, named by the script and served as JSON.
    let script = assets
        .iter()
        .find(|path| path.ends_with(".js"))
        .expect("a script");
    let script = get_uncompressed(&app, script)
        .await
        .text()
        .await
        .expect("the script");
    let atlas = script
        .split('"')
        .find(|text| text.starts_with("/explore/assets/") && text.ends_with(".json"))
        .expect("the script names the world atlas");
    let atlas = get(&app, atlas).await;
    assert_eq!(atlas.status(), StatusCode::OK);
    assert_eq!(header(&atlas, &CONTENT_TYPE), "application/json");

    // The explorer's hashed files live under its own path, apart from GraphiQL's.
    let unknown = get(&app, "/explore/assets/index-00000000.js").await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}
