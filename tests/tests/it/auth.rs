//! Who may write: API keys and tokens, roles, key management and rate limits, over HTTP.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, Statement};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::common::{
    TEST_JWT_SECRET, TEST_RATE_LIMIT, TestApp, error_code, error_message, key, on_both_databases,
};

const CREATE: &str =
    r#"mutation { createApiKey(name: "intruder", role: ADMIN) { key apiKey { id } } }"#;
const REVOKE: &str = "mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }";
const LIST: &str = "{ apiKeys { id name role prefix createdAt revokedAt } }";
const ME: &str = "{ me { name role apiKeyPrefix } }";
const PUBLIC_READ: &str = "{ sources(first: 2) { key } }";

pub(crate) fn now() -> u64 {
    jsonwebtoken::get_current_timestamp()
}

/// A token signed with `secret`, carrying `claims`.
pub(crate) fn token_signed_with(secret: &str, claims: &Value) -> String {
    paradiplo::auth::jwt::install_crypto();
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .expect("sign a token")
}

/// Claims the test server accepts, for `role`, valid for an hour.
pub(crate) fn claims(role: &str) -> Value {
    json!({ "sub": "ada@example.org", "role": role, "iss": "paradiplo", "aud": "paradiplo", "exp": now() + 3600 })
}

pub(crate) fn token(role: &str) -> String {
    token_signed_with(TEST_JWT_SECRET, &claims(role))
}

/// An unsigned token (`alg: none`) claiming to be an admin.
pub(crate) fn unsigned_token() -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(claims("admin").to_string());
    format!("{header}.{payload}.")
}

async fn key_count(app: &TestApp) -> u64 {
    entity::api_key::Entity::find()
        .count(&app.db)
        .await
        .expect("count the keys")
}

async fn revoked_key(app: &TestApp, role: &str) -> String {
    let key = key(app, role).await;
    let prefix = key.split('_').nth(1).expect("pdk_<prefix>_<secret>");
    paradiplo::auth::keys::revoke_by_prefix(&app.db, prefix)
        .await
        .expect("revoke");
    key
}

/// Sends `query` with `authorization` (a whole header value, or none).
async fn send(app: &TestApp, authorization: Option<&str>, query: &str, variables: Value) -> Value {
    app.post_graphql(authorization, query, variables)
        .await
        .json()
        .await
        .expect("a JSON response")
}

async fn only_an_admin_may_manage_keys(app: &TestApp) {
    // Arrange: a key to try to revoke, and every kind of caller who must be refused.
    let target = key(app, "viewer").await;
    let target_prefix = target.split('_').nth(1).expect("a prefix").to_string();
    let target_id = entity::api_key::Entity::find()
        .all(&app.db)
        .await
        .expect("keys")
        .into_iter()
        .find(|key| key.prefix == target_prefix)
        .expect("the target key")
        .id
        .to_string();
    let bearer = |credential: String| Some(format!("Bearer {credential}"));
    let refused: Vec<(&str, Option<String>, &str)> = vec![
        ("anonymous", None, "UNAUTHENTICATED"),
        (
            "not a bearer header",
            Some("Basic YWRtaW46YWRtaW4=".into()),
            "UNAUTHENTICATED",
        ),
        (
            "malformed token",
            bearer("not.a.token".into()),
            "UNAUTHENTICATED",
        ),
        (
            "malformed key",
            bearer("pdk_nonsense".into()),
            "UNAUTHENTICATED",
        ),
        (
            "unknown key",
            bearer("pdk_aaaaaaaaaa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".into()),
            "UNAUTHENTICATED",
        ),
        (
            "expired token",
            bearer(token_signed_with(
                TEST_JWT_SECRET,
                &json!({ "sub": "ada", "role": "admin", "iss": "paradiplo", "aud": "paradiplo", "exp": now() - 3600 }),
            )),
            "UNAUTHENTICATED",
        ),
        (
            "alg: none token",
            bearer(unsigned_token()),
            "UNAUTHENTICATED",
        ),
        (
            "token for another audience",
            bearer(token_signed_with(
                TEST_JWT_SECRET,
                &json!({ "sub": "ada", "role": "admin", "iss": "paradiplo", "aud": "elsewhere", "exp": now() + 3600 }),
            )),
            "UNAUTHENTICATED",
        ),
        (
            "token from another issuer",
            bearer(token_signed_with(
                TEST_JWT_SECRET,
                &json!({ "sub": "ada", "role": "admin", "iss": "mallory", "aud": "paradiplo", "exp": now() + 3600 }),
            )),
            "UNAUTHENTICATED",
        ),
        (
            "token signed with another secret",
            bearer(token_signed_with(
                "another secret entirely, just as long",
                &claims("admin"),
            )),
            "UNAUTHENTICATED",
        ),
        (
            "token without an expiry",
            bearer(token_signed_with(
                TEST_JWT_SECRET,
                &json!({ "sub": "ada", "role": "admin", "iss": "paradiplo", "aud": "paradiplo" }),
            )),
            "UNAUTHENTICATED",
        ),
        (
            "revoked admin key",
            bearer(revoked_key(app, "admin").await),
            "UNAUTHENTICATED",
        ),
        ("viewer key", bearer(key(app, "viewer").await), "FORBIDDEN"),
        ("editor key", bearer(key(app, "editor").await), "FORBIDDEN"),
        ("editor token", bearer(token("editor")), "FORBIDDEN"),
    ];
    let keys_before = key_count(app).await;

    // Act and assert: each is refused with its code, and nothing is written.
    for (caller, authorization, code) in &refused {
        let authorization = authorization.as_deref();
        for (query, variables) in [
            (CREATE, json!({})),
            (REVOKE, json!({ "id": target_id })),
            (LIST, json!({})),
        ] {
            let response = send(app, authorization, query, variables).await;
            assert_eq!(
                error_code(&response),
                *code,
                "{caller} on {query}: {response:#}"
            );
            assert!(
                response["data"].is_null(),
                "{caller} on {query}: {response:#}"
            );
        }
    }
    assert_eq!(key_count(app).await, keys_before, "no key was made");
    let target_row = entity::api_key::Entity::find()
        .all(&app.db)
        .await
        .expect("keys")
        .into_iter()
        .find(|key| key.prefix == target_prefix)
        .expect("the target key");
    assert!(
        target_row.revoked_at.is_none(),
        "the target was not revoked"
    );

    // An admin, by key or by token, may do all three.
    for admin in [key(app, "admin").await, token("admin")] {
        let created = app.graphql_as(&admin, CREATE, json!({})).await;
        assert!(created.get("errors").is_none(), "{created:#}");
        let listed = app.graphql_as(&admin, LIST, json!({})).await;
        assert!(listed.get("errors").is_none(), "{listed:#}");
    }
    let revoked = app
        .graphql_as(&token("admin"), REVOKE, json!({ "id": target_id }))
        .await;
    assert!(
        revoked["data"]["revokeApiKey"]["revokedAt"].is_string(),
        "{revoked:#}"
    );
}

async fn refusals_say_what_is_wrong(app: &TestApp) {
    let anonymous = send(app, None, LIST, json!({})).await;
    assert_eq!(
        error_message(&anonymous),
        "sign in: this field needs an admin's API key or token"
    );
    let expired = token_signed_with(
        TEST_JWT_SECRET,
        &json!({ "sub": "ada", "role": "admin", "iss": "paradiplo", "aud": "paradiplo", "exp": now() - 3600 }),
    );
    let response = app.graphql_as(&expired, LIST, json!({})).await;
    assert_eq!(error_message(&response), "the token has expired");
    let response = app
        .graphql_as("pdk_aaaaaaaaaa_nothing", LIST, json!({}))
        .await;
    assert_eq!(error_message(&response), "the API key is not valid");
    let response = app
        .graphql_as(&revoked_key(app, "admin").await, LIST, json!({}))
        .await;
    assert_eq!(error_message(&response), "the API key has been revoked");
    let response = app
        .graphql_as(&key(app, "viewer").await, LIST, json!({}))
        .await;
    assert_eq!(
        error_message(&response),
        "this needs the admin role; your key has viewer"
    );
    let response = app.graphql_as(&token("editor"), LIST, json!({})).await;
    assert_eq!(
        error_message(&response),
        "this needs the admin role; your token has editor"
    );
}

async fn public_reads_still_work_with_a_bad_credential(app: &TestApp) {
    let expected = app.data(PUBLIC_READ).await;
    for credential in [
        "not.a.token".to_string(),
        unsigned_token(),
        revoked_key(app, "editor").await,
        "pdk_aaaaaaaaaa_nothing".to_string(),
    ] {
        let response = app.graphql_as(&credential, PUBLIC_READ, json!({})).await;
        assert!(response.get("errors").is_none(), "{response:#}");
        assert_eq!(response["data"], expected);
    }
    let response = send(app, Some("Basic YWRtaW46YWRtaW4="), PUBLIC_READ, json!({})).await;
    assert_eq!(response["data"], expected, "{response:#}");
}

async fn me_names_the_caller_and_is_null_when_anonymous(app: &TestApp) {
    let anonymous = app.data(ME).await;
    assert_eq!(anonymous["me"], Value::Null);

    let editor = key(app, "editor").await;
    let prefix = editor.split('_').nth(1).expect("a prefix");
    let response = app.graphql_as(&editor, ME, json!({})).await;
    assert_eq!(
        response["data"]["me"],
        json!({ "name": "test editor", "role": "EDITOR", "apiKeyPrefix": prefix })
    );

    let response = app.graphql_as(&token("viewer"), ME, json!({})).await;
    assert_eq!(
        response["data"]["me"],
        json!({ "name": "ada@example.org", "role": "VIEWER", "apiKeyPrefix": null })
    );

    let response = app.graphql_as(&unsigned_token(), ME, json!({})).await;
    assert_eq!(error_code(&response), "UNAUTHENTICATED");
}

async fn a_created_key_authenticates_and_its_secret_is_not_stored(app: &TestApp) {
    // Arrange
    let admin = key(app, "admin").await;

    // Act
    let response = app
        .graphql_as(
            &admin,
            r#"mutation { createApiKey(name: "Jane Doe", role: EDITOR) { key apiKey { id name role prefix createdAt revokedAt } } }"#,
            json!({}),
        )
        .await;

    // Assert: the key is shown, works, and only its hash is kept.
    let created = &response["data"]["createApiKey"];
    let new_key = created["key"].as_str().expect("the key");
    let prefix = created["apiKey"]["prefix"].as_str().expect("the prefix");
    let secret = new_key
        .strip_prefix(&format!("pdk_{prefix}_"))
        .expect("pdk_<prefix>_<secret>");
    assert!(secret.len() >= 43, "32 bytes or more of secret: {secret}");
    assert_eq!(created["apiKey"]["name"], "Jane Doe");
    assert_eq!(created["apiKey"]["role"], "EDITOR");
    assert!(created["apiKey"]["createdAt"].is_string());
    assert!(created["apiKey"]["revokedAt"].is_null());

    let me = app.graphql_as(new_key, ME, json!({})).await;
    assert_eq!(me["data"]["me"]["name"], "Jane Doe", "{me:#}");
    assert_eq!(me["data"]["me"]["role"], "EDITOR");

    let rows = app
        .db
        .query_all_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT * FROM api_key",
        ))
        .await
        .expect("read the table");
    let dump = format!("{rows:?}");
    assert!(!dump.contains(secret), "the secret is stored: {dump}");
    let row = entity::api_key::Entity::find()
        .all(&app.db)
        .await
        .expect("keys")
        .into_iter()
        .find(|key| key.prefix == prefix)
        .expect("the new key's row");
    let hash: String = Sha256::digest(secret.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    assert_eq!(row.secret_hash, hash);
}

async fn a_revoked_key_is_refused(app: &TestApp) {
    let admin = key(app, "admin").await;
    let editor = key(app, "editor").await;
    let prefix = editor.split('_').nth(1).expect("a prefix");
    let listed = app.graphql_as(&admin, LIST, json!({})).await;
    let id = listed["data"]["apiKeys"]
        .as_array()
        .expect("keys")
        .iter()
        .find(|key| key["prefix"] == prefix)
        .expect("the editor's key")["id"]
        .clone();
    assert_eq!(
        app.graphql_as(&editor, ME, json!({})).await["data"]["me"]["role"],
        "EDITOR"
    );

    let revoked = app.graphql_as(&admin, REVOKE, json!({ "id": id })).await;
    assert!(
        revoked["data"]["revokeApiKey"]["revokedAt"].is_string(),
        "{revoked:#}"
    );

    let response = app.graphql_as(&editor, ME, json!({})).await;
    assert_eq!(error_code(&response), "UNAUTHENTICATED");
    assert_eq!(error_message(&response), "the API key has been revoked");
    let unknown = app
        .graphql_as(&admin, REVOKE, json!({ "id": "999999" }))
        .await;
    assert_eq!(error_code(&unknown), "NOT_FOUND");
}

on_both_databases!(with spawn_with_tokens:
    only_an_admin_may_manage_keys,
    refusals_say_what_is_wrong,
    public_reads_still_work_with_a_bad_credential,
    me_names_the_caller_and_is_null_when_anonymous,
    a_created_key_authenticates_and_its_secret_is_not_stored,
    a_revoked_key_is_refused,
);

/// Rate limits, on an app whose limits are low enough to reach.
mod rate_limits {
    use super::*;

    /// Asserts that `response` is the 429 refusal.
    async fn assert_rate_limited(response: reqwest::Response) {
        assert_eq!(response.status(), 429);
        let retry_after: u64 = response
            .headers()
            .get("retry-after")
            .expect("a Retry-After header")
            .to_str()
            .expect("text")
            .parse()
            .expect("whole seconds");
        assert!(retry_after >= 1, "Retry-After: {retry_after}");
        let body: Value = response.json().await.expect("a JSON body");
        assert_eq!(error_code(&body), "RATE_LIMITED");
        assert_eq!(
            error_message(&body),
            format!("too many requests; retry in {retry_after} s")
        );
    }

    async fn anonymous_clients_are_limited_per_address(app: &TestApp) {
        for _ in 0..TEST_RATE_LIMIT {
            let response = app.post_graphql(None, PUBLIC_READ, json!({})).await;
            assert_eq!(response.status(), 200);
        }
        assert_rate_limited(app.post_graphql(None, PUBLIC_READ, json!({})).await).await;
        // A bad credential does not get a budget of its own.
        assert_rate_limited(
            app.post_graphql(Some("Bearer not.a.token"), PUBLIC_READ, json!({}))
                .await,
        )
        .await;
        // GET counts too.
        let get = app
            .client
            .get(app.url("/graphql?query=%7B__typename%7D"))
            .send()
            .await
            .expect("an answer");
        assert_rate_limited(get).await;
        // A principal has its own budget.
        let editor = key(app, "editor").await;
        let response = app
            .post_graphql(Some(&format!("Bearer {editor}")), PUBLIC_READ, json!({}))
            .await;
        assert_eq!(response.status(), 200);
    }

    async fn each_principal_is_limited_on_its_own(app: &TestApp) {
        let (first, second) = (key(app, "viewer").await, key(app, "viewer").await);
        let first_header = format!("Bearer {first}");
        for _ in 0..TEST_RATE_LIMIT {
            let response = app
                .post_graphql(Some(&first_header), PUBLIC_READ, json!({}))
                .await;
            assert_eq!(response.status(), 200);
        }
        assert_rate_limited(app.post_graphql(Some(&first_header), ME, json!({})).await).await;
        let response = app
            .post_graphql(Some(&format!("Bearer {second}")), ME, json!({}))
            .await;
        assert_eq!(response.status(), 200, "another key has its own budget");
        let response = app.post_graphql(None, PUBLIC_READ, json!({})).await;
        assert_eq!(response.status(), 200, "so do anonymous clients");
    }

    on_both_databases!(with spawn_rate_limited:
        anonymous_clients_are_limited_per_address,
        each_principal_is_limited_on_its_own,
    );
}
