//! The README's questions about the world network, on the Seoul dataset and the world twinning
//! network as a first start loads them, each answer checked against the same figure computed
//! here from the files (`world_model`): the most connected city, the components, Seoul's rank,
//! who lies between whom, the longest twinning, Seoul and Tokyo's shared partners and a chain
//! across continents.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde_json::{Value, json};

use crate::common::{TestApp, on_both_databases};
use crate::world_model::WorldModel;

on_both_databases!(with spawn_world:
    the_most_connected_cities_are_those_with_the_most_partners,
    the_components_are_those_a_breadth_first_search_finds,
    seoul_ranks_where_its_partners_put_it,
    betweenness_equals_the_share_of_shortest_chains_through_a_city,
    the_longest_twinning_is_the_farthest_pair_of_partners,
    seoul_and_tokyo_share_the_partners_both_have,
    a_chain_across_continents_is_as_short_as_a_breadth_first_search_says,
);

fn data(answer: Value) -> Value {
    assert!(answer.get("errors").is_none(), "{answer:#}");
    answer["data"].clone()
}

fn int(value: &Value) -> usize {
    usize::try_from(value.as_u64().expect("a count")).expect("small")
}

async fn the_most_connected_cities_are_those_with_the_most_partners(app: &TestApp) {
    let model = WorldModel::of(app).await;
    let answer = data(
        app.graphql(
            "{ cityRanking(first: 5) { rank degree city { slug } } }",
            json!({}),
        )
        .await,
    );
    let ranking = answer["cityRanking"].as_array().expect("a ranking");
    let mut degrees: Vec<usize> = model.partners.values().map(BTreeSet::len).collect();
    degrees.sort_unstable_by(|a, b| b.cmp(a));
    for (place, row) in ranking.iter().enumerate() {
        let slug = row["city"]["slug"].as_str().expect("a slug");
        assert_eq!(int(&row["degree"]), model.degree(slug), "{slug}");
        assert_eq!(int(&row["degree"]), degrees[place], "{row}");
        assert_eq!(int(&row["rank"]), model.degree_rank(slug), "{slug}");
    }
}

async fn the_components_are_those_a_breadth_first_search_finds(app: &TestApp) {
    let model = WorldModel::of(app).await;
    let answer = data(
        app.graphql("{ components { count sizes(first: 5) } }", json!({}))
            .await,
    );
    let sizes = model.component_sizes();
    assert_eq!(int(&answer["components"]["count"]), sizes.len());
    let first: Vec<usize> = answer["components"]["sizes"]
        .as_array()
        .expect("sizes")
        .iter()
        .map(int)
        .collect();
    assert_eq!(first, sizes[..5]);
}

async fn seoul_ranks_where_its_partners_put_it(app: &TestApp) {
    let model = WorldModel::of(app).await;
    let answer = data(
        app.graphql(
            r#"{ city(slug: "seoul") { centrality { degree degreeRank } } }"#,
            json!({}),
        )
        .await,
    );
    let centrality = &answer["city"]["centrality"];
    assert_eq!(int(&centrality["degree"]), model.degree("seoul"));
    assert_eq!(int(&centrality["degreeRank"]), model.degree_rank("seoul"));
}

/// Betweenness of every city, computed once for both databases' tests (it is the same data).
fn betweenness(model: &WorldModel) -> &'static std::collections::BTreeMap<String, f64> {
    static BETWEENNESS: OnceLock<std::collections::BTreeMap<String, f64>> = OnceLock::new();
    BETWEENNESS.get_or_init(|| model.betweenness())
}

async fn betweenness_equals_the_share_of_shortest_chains_through_a_city(app: &TestApp) {
    let model = WorldModel::of(app).await;
    let expected = betweenness(&model);
    let answer = data(
        app.graphql(
            r#"{ cityRanking(by: BETWEENNESS, first: 10) { betweenness city { slug } }
                 city(slug: "seoul") { centrality { betweenness } } }"#,
            json!({}),
        )
        .await,
    );
    let close = |actual: &Value, expected: f64| {
        let actual = actual.as_f64().expect("a number");
        assert!(
            (actual - expected).abs() <= 1e-6 * expected.max(1.0),
            "{actual} against {expected}"
        );
    };
    close(
        &answer["city"]["centrality"]["betweenness"],
        expected["seoul"],
    );
    let mut highest: Vec<f64> = expected.values().copied().collect();
    highest.sort_by(|a, b| b.total_cmp(a));
    for (place, row) in answer["cityRanking"]
        .as_array()
        .expect("a ranking")
        .iter()
        .enumerate()
    {
        let slug = row["city"]["slug"].as_str().expect("a slug");
        close(&row["betweenness"], expected[slug]);
        close(&row["betweenness"], highest[place]);
    }
}

async fn the_longest_twinning_is_the_farthest_pair_of_partners(app: &TestApp) {
    let model = WorldModel::of(app).await;
    let answer = data(
        app.graphql(
            r#"{ agreements(orderBy: [{ field: DISTANCE_KM, direction: DESC }], first: 1) {
                   distanceKm parties { slug } } }"#,
            json!({}),
        )
        .await,
    );
    let longest = &answer["agreements"][0];
    let (a, b, km) = model.longest_link();
    let parties: BTreeSet<&str> = longest["parties"]
        .as_array()
        .expect("parties")
        .iter()
        .map(|city| city["slug"].as_str().expect("a slug"))
        .collect();
    assert_eq!(parties, BTreeSet::from([a.as_str(), b.as_str()]));
    let distance = longest["distanceKm"].as_f64().expect("a distance");
    assert!((distance - km).abs() < 1e-6, "{distance} against {km}");
}

async fn seoul_and_tokyo_share_the_partners_both_have(app: &TestApp) {
    let model = WorldModel::of(app).await;
    let answer = data(
        app.graphql(
            r#"{ cities(first: 100, filter: { and: [
                   { agreements: { some: { partner: { slug: { eq: "seoul" } } } } },
                   { agreements: { some: { partner: { slug: { eq: "tokyo" } } } } } ] }) { slug } }"#,
            json!({}),
        )
        .await,
    );
    let shared: BTreeSet<String> = answer["cities"]
        .as_array()
        .expect("cities")
        .iter()
        .map(|city| city["slug"].as_str().expect("a slug").to_owned())
        .collect();
    let expected: BTreeSet<String> = model.partners["seoul"]
        .intersection(&model.partners["tokyo"])
        .cloned()
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(shared, expected);
}

async fn a_chain_across_continents_is_as_short_as_a_breadth_first_search_says(app: &TestApp) {
    let model = WorldModel::of(app).await;
    // From Seoul to the farthest city outside Asia that `path` can reach (8 steps at most).
    let distances = model.distances_from("seoul");
    let (target, hops) = distances
        .iter()
        .filter(|(city, hops)| model.cities[*city].continent != "ASIA" && **hops <= 8)
        .max_by(|(a, x), (b, y)| x.cmp(y).then_with(|| b.cmp(a)))
        .map(|(city, hops)| (city.clone(), *hops))
        .expect("a reachable city");
    assert!(hops >= 5, "the farthest city is only {hops} steps away");
    let answer = data(
        app.graphql(
            r#"query ($to: String!) {
                 path(from: "seoul", to: $to, maxHops: 8, through: [AGREEMENTS], first: 5) {
                   hops steps { from { slug } to { slug } } } }"#,
            json!({ "to": target }),
        )
        .await,
    );
    let paths = answer["path"].as_array().expect("paths");
    assert!(!paths.is_empty(), "no chain to {target}");
    for path in paths {
        assert_eq!(int(&path["hops"]), hops, "{path}");
        let steps = path["steps"].as_array().expect("steps");
        assert_eq!(steps.len(), hops);
        assert_eq!(steps[0]["from"]["slug"], "seoul");
        assert_eq!(steps[hops - 1]["to"]["slug"], target.as_str());
        for step in steps {
            let (from, to) = (
                step["from"]["slug"].as_str().expect("a slug"),
                step["to"]["slug"].as_str().expect("a slug"),
            );
            assert!(model.partners[from].contains(to), "{from} to {to}");
        }
    }
}
