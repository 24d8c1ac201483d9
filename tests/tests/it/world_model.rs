//! The world graph as the tests compute it on their own, from the files the server loaded: the
//! world network's links (`data/world/links.tsv`, by Wikidata id) and the Seoul dataset's
//! agreements (`data/agreements.json`, by slug), joined through the cities' `wikidata_id` as
//! the database holds them. Plain breadth-first searches and counts, written for clarity, to
//! check the server's snapshot against.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use sea_orm::{ConnectionTrait, Statement};
use serde_json::Value;

use crate::common::{TestApp, data_dir};

pub struct City {
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub continent: String,
}

pub struct WorldModel {
    pub cities: BTreeMap<String, City>,
    /// Each city's partners through agreements, by slug (both directions).
    pub partners: BTreeMap<String, BTreeSet<String>>,
}

impl WorldModel {
    /// Reads the cities from the app's database and the links from the dataset files.
    pub async fn of(app: &TestApp) -> WorldModel {
        let backend = app.db.get_database_backend();
        let rows = app
            .db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT city.slug, city.wikidata_id, city.latitude, city.longitude, country.continent \
                 FROM city JOIN country ON country.id = city.country_id",
            ))
            .await
            .expect("read the cities");
        let mut cities = BTreeMap::new();
        let mut slug_of = HashMap::new();
        for row in rows {
            let slug: String = row.try_get("", "slug").expect("slug");
            if let Some(wikidata_id) = row
                .try_get::<Option<String>>("", "wikidata_id")
                .expect("id")
            {
                slug_of.insert(wikidata_id, slug.clone());
            }
            let city = City {
                latitude: row.try_get("", "latitude").expect("latitude"),
                longitude: row.try_get("", "longitude").expect("longitude"),
                continent: row.try_get("", "continent").expect("continent"),
            };
            cities.insert(slug, city);
        }
        let mut partners: BTreeMap<String, BTreeSet<String>> = cities
            .keys()
            .map(|slug| (slug.clone(), BTreeSet::new()))
            .collect();
        let mut link = |a: &str, b: &str| {
            partners
                .get_mut(a)
                .expect("a known city")
                .insert(b.to_owned());
            partners
                .get_mut(b)
                .expect("a known city")
                .insert(a.to_owned());
        };
        let links = std::fs::read_to_string(data_dir().join("world/links.tsv")).expect("links.tsv");
        for line in links.lines().skip(1).filter(|line| !line.is_empty()) {
            let (source, target) = line.split_once('\t').expect("two columns");
            link(&slug_of[source], &slug_of[target]);
        }
        let agreements: Value = serde_json::from_str(
            &std::fs::read_to_string(data_dir().join("agreements.json")).expect("agreements.json"),
        )
        .expect("JSON");
        for agreement in agreements.as_array().expect("a list") {
            let parties = &agreement["parties"];
            link(
                parties[0].as_str().expect("a slug"),
                parties[1].as_str().expect("a slug"),
            );
        }
        WorldModel { cities, partners }
    }

    pub fn degree(&self, slug: &str) -> usize {
        self.partners[slug].len()
    }

    /// The rank by degree, ties sharing the rank (1 + how many have more partners).
    pub fn degree_rank(&self, slug: &str) -> usize {
        let degree = self.degree(slug);
        1 + self
            .partners
            .values()
            .filter(|partners| partners.len() > degree)
            .count()
    }

    /// Steps from `from` to every city it reaches.
    pub fn distances_from(&self, from: &str) -> HashMap<String, usize> {
        let mut distances = HashMap::from([(from.to_owned(), 0)]);
        let mut queue = VecDeque::from([from.to_owned()]);
        while let Some(city) = queue.pop_front() {
            let next = distances[&city] + 1;
            for partner in &self.partners[&city] {
                if !distances.contains_key(partner) {
                    distances.insert(partner.clone(), next);
                    queue.push_back(partner.clone());
                }
            }
        }
        distances
    }

    /// The connected components' sizes, largest first.
    pub fn component_sizes(&self) -> Vec<usize> {
        let mut seen = BTreeSet::new();
        let mut sizes = Vec::new();
        for city in self.cities.keys() {
            if seen.contains(city) {
                continue;
            }
            let reached = self.distances_from(city);
            sizes.push(reached.len());
            seen.extend(reached.into_keys());
        }
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        sizes
    }

    /// The great-circle distance between two cities, in km, when both have coordinates.
    pub fn distance_km(&self, a: &str, b: &str) -> Option<f64> {
        let (a, b) = (&self.cities[a], &self.cities[b]);
        let (lat1, lng1) = (a.latitude?.to_radians(), a.longitude?.to_radians());
        let (lat2, lng2) = (b.latitude?.to_radians(), b.longitude?.to_radians());
        let h = ((lat2 - lat1) / 2.0).sin().powi(2)
            + lat1.cos() * lat2.cos() * ((lng2 - lng1) / 2.0).sin().powi(2);
        Some(2.0 * 6371.0088 * h.sqrt().asin())
    }

    /// The longest agreement: its two cities (sorted) and its length.
    pub fn longest_link(&self) -> (String, String, f64) {
        let mut longest = (String::new(), String::new(), -1.0);
        for (city, partners) in &self.partners {
            for partner in partners.iter().filter(|partner| *partner > city) {
                if let Some(km) = self.distance_km(city, partner)
                    && km > longest.2
                {
                    longest = (city.clone(), partner.clone(), km);
                }
            }
        }
        longest
    }

    /// Betweenness of every city by Brandes' counting: for each source, a breadth-first
    /// search counts shortest chains, then dependencies flow back from the farthest cities;
    /// halved, since each unordered pair is seen from both ends.
    pub fn betweenness(&self) -> BTreeMap<String, f64> {
        let slugs: Vec<&String> = self.partners.keys().collect();
        let index: HashMap<&String, usize> = slugs
            .iter()
            .enumerate()
            .map(|(i, slug)| (*slug, i))
            .collect();
        let neighbours: Vec<Vec<usize>> = self
            .partners
            .values()
            .map(|partners| partners.iter().map(|partner| index[partner]).collect())
            .collect();
        let n = slugs.len();
        let mut centrality = vec![0.0; n];
        for source in 0..n {
            let mut order = Vec::with_capacity(n);
            let mut chains = vec![0.0_f64; n];
            let mut depth = vec![usize::MAX; n];
            chains[source] = 1.0;
            depth[source] = 0;
            let mut queue = VecDeque::from([source]);
            while let Some(city) = queue.pop_front() {
                order.push(city);
                for &next in &neighbours[city] {
                    if depth[next] == usize::MAX {
                        depth[next] = depth[city] + 1;
                        queue.push_back(next);
                    }
                    if depth[next] == depth[city] + 1 {
                        chains[next] += chains[city];
                    }
                }
            }
            let mut dependency = vec![0.0_f64; n];
            for &city in order.iter().rev() {
                for &previous in &neighbours[city] {
                    if depth[previous] != usize::MAX && depth[previous] + 1 == depth[city] {
                        dependency[previous] +=
                            chains[previous] / chains[city] * (1.0 + dependency[city]);
                    }
                }
                if city != source {
                    centrality[city] += dependency[city];
                }
            }
        }
        slugs
            .into_iter()
            .zip(centrality)
            .map(|(slug, value)| (slug.clone(), value / 2.0))
            .collect()
    }
}
