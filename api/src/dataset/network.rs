//! `paradiplo import-network NODES LINKS --source KEY`: a network in the nodes/links shape
//! network tools and data publications use (one table of cities, one of undirected links
//! between them), reconciled with the database rather than added beside it.
//!
//! Both tables are TSV or CSV (told by the extension, else by the header line), columns are
//! found by their header's name, and every cell is read as text, so Namibia's `NA` stays
//! Namibia. Everything is checked before anything is written, each problem reported as
//! `FILE:LINE: reason`; then, in one transaction:
//! - a node is the city carrying its Wikidata id, if one does (left as it is), else a new city
//!   (slug from its name, no Korean name, cited to the source with the id as locator);
//! - a link between two cities that already have an agreement adds a citation to it (the
//!   first of sister, friendship, partnership, twinning), with both ids as locator
//!   (`Q8684–Q1490`, in the file's order); otherwise it becomes a `TWINNING` agreement, date
//!   and status unknown, with that citation.
//!
//! A citation that is already there is not added again, so a second run changes nothing.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use entity::{
    AgreementKind, AgreementStatus, CityKind, agreement, citation, city, country, source,
};
use sea_orm::{
    ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set, TransactionTrait,
};

use super::import::INSERT_BATCH;
use super::validate::{check_code, check_wikidata_id};
use crate::db::Db;
use crate::kinds::country_catalogue;
use crate::service::search;

/// The key of the world twinning extract's record in `sources.json`.
pub const WORLD_SOURCE: &str = "wikidata-twinnings";

/// The world twinning extract, embedded at build time like the JSON dataset.
const WORLD_NODES: &str = include_str!("../../../data/world/nodes.tsv");
const WORLD_LINKS: &str = include_str!("../../../data/world/links.tsv");

/// One city of a node table.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub line: u64,
    /// The Wikidata item, such as `Q8684`.
    pub id: String,
    pub name: String,
    pub latitude: f64,
    pub longitude: f64,
    /// ISO 3166-1 alpha-2 (the extract's `CN-TW` read as `TW`).
    pub country: String,
}

/// One undirected link of a link table.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub line: u64,
    pub source: String,
    pub target: String,
}

/// A checked network: every link joins two different nodes, no pair twice.
#[derive(Debug, Clone, Default)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
}

#[derive(Debug, thiserror::Error)]
pub enum NetworkError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the network is invalid; nothing was imported:\n{}", .0.iter().map(|problem| format!("  - {problem}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<String>),
    #[error("database error: {0}")]
    Database(#[from] DbErr),
    #[error("{0}")]
    Derived(#[from] crate::error::AppError),
}

/// What an import of a network did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct NetworkReport {
    /// Nodes that are cities the database already had (by Wikidata id).
    pub cities_matched: usize,
    pub cities_added: usize,
    /// Countries the new cities are in that the database lacked, made from the catalogue.
    pub countries_added: usize,
    /// Links between cities that had an agreement, now cited by it.
    pub links_matched: usize,
    /// Links that became `TWINNING` agreements.
    pub links_added: usize,
    /// Links whose citation was already there.
    pub links_present: usize,
    /// Cities of the database with a node's English name and country but another or no
    /// Wikidata id, each as `name (country): node Qn, city slug (id)`.
    pub ambiguous: Vec<String>,
}

impl NetworkReport {
    pub fn changed_nothing(&self) -> bool {
        self.cities_added == 0
            && self.countries_added == 0
            && self.links_matched == 0
            && self.links_added == 0
    }
}

impl fmt::Display for NetworkReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.changed_nothing() {
            writeln!(f, "nothing changed: the network was already imported")?;
        }
        writeln!(
            f,
            "cities: {} matched by Wikidata id, {} added ({} new countries)",
            self.cities_matched, self.cities_added, self.countries_added
        )?;
        writeln!(
            f,
            "links: {} matched existing agreements (citation added), {} added as TWINNING \
             agreements, {} already cited",
            self.links_matched, self.links_added, self.links_present
        )?;
        write!(
            f,
            "ambiguous city matches (same English name and country, another or no Wikidata \
             id): {}",
            self.ambiguous.len()
        )?;
        for ambiguous in &self.ambiguous {
            write!(f, "\n  - {ambiguous}")?;
        }
        Ok(())
    }
}

impl Network {
    /// The world twinning extract shipped in `data/world/`.
    pub fn bundled() -> Result<Self, NetworkError> {
        Self::parse(
            ("data/world/nodes.tsv", WORLD_NODES),
            ("data/world/links.tsv", WORLD_LINKS),
        )
    }

    /// Reads and checks a node table and a link table.
    pub fn read(nodes: &Path, links: &Path) -> Result<Self, NetworkError> {
        let read = |path: &Path| {
            std::fs::read_to_string(path).map_err(|source| NetworkError::Io {
                path: path.into(),
                source,
            })
        };
        Self::parse(
            (&nodes.display().to_string(), &read(nodes)?),
            (&links.display().to_string(), &read(links)?),
        )
    }

    /// Checks a node table and a link table, each given as (file name, text).
    pub fn parse(nodes: (&str, &str), links: (&str, &str)) -> Result<Self, NetworkError> {
        let mut problems = Vec::new();
        let mut network = Network::default();
        let mut lines: HashMap<String, u64> = HashMap::new();
        if let Some(table) = Table::read(nodes.0, nodes.1, &NODE_COLUMNS, &mut problems) {
            for row in &table.rows {
                if let Some(node) = table.node(row, &mut lines, &mut problems) {
                    network.nodes.push(node);
                }
            }
        }
        if let Some(table) = Table::read(links.0, links.1, &LINK_COLUMNS, &mut problems) {
            let mut pairs: HashMap<(String, String), u64> = HashMap::new();
            for row in &table.rows {
                if let Some(link) = table.link(row, nodes.0, &lines, &mut pairs, &mut problems) {
                    network.links.push(link);
                }
            }
        }
        if problems.is_empty() {
            Ok(network)
        } else {
            Err(NetworkError::Invalid(problems))
        }
    }
}

/// The columns a node table needs (it may have others, such as `country` and `continent`).
const NODE_COLUMNS: [&str; 5] = ["id", "name", "lng", "lat", "countrycd"];
const LINK_COLUMNS: [&str; 2] = ["source", "target"];

/// A table of text cells with its header's columns, each row with its line in the file.
struct Table<'a> {
    file: &'a str,
    columns: HashMap<String, usize>,
    rows: Vec<(u64, Vec<String>)>,
}

impl<'a> Table<'a> {
    /// Reads `text` as TSV (a `.tsv` or `.tab` file, or a header line with a tab) or CSV,
    /// every cell as text; reports a missing column or a malformed row in `problems`.
    fn read(
        file: &'a str,
        text: &str,
        needed: &[&str],
        problems: &mut Vec<String>,
    ) -> Option<Self> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lower = file.to_ascii_lowercase();
        let tabs = if lower.ends_with(".tsv") || lower.ends_with(".tab") {
            true
        } else if lower.ends_with(".csv") {
            false
        } else {
            text.lines()
                .next()
                .is_some_and(|header| header.contains('\t'))
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(if tabs { b'\t' } else { b',' })
            // TSV has no quoting: a quote in a name is part of it.
            .quoting(!tabs)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let header = match reader.headers() {
            Ok(header) => header.clone(),
            Err(error) => {
                problems.push(format!("{file}:1: {error}"));
                return None;
            }
        };
        let columns: HashMap<String, usize> = header
            .iter()
            .enumerate()
            .map(|(index, name)| (name.to_ascii_lowercase(), index))
            .collect();
        let missing: Vec<&str> = needed
            .iter()
            .copied()
            .filter(|name| !columns.contains_key(*name))
            .collect();
        if !missing.is_empty() {
            problems.push(format!(
                "{file}:1: the header lacks the column{} {} (it has: {})",
                if missing.len() == 1 { "" } else { "s" },
                missing
                    .iter()
                    .map(|name| format!("`{name}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                header.iter().collect::<Vec<_>>().join(", ")
            ));
            return None;
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            match record {
                Ok(record) => {
                    let line = record.position().map_or(0, csv::Position::line);
                    if record.len() != header.len() {
                        problems.push(format!(
                            "{file}:{line}: {} fields where the header has {}",
                            record.len(),
                            header.len()
                        ));
                        continue;
                    }
                    rows.push((line, record.iter().map(str::to_owned).collect()));
                }
                Err(error) => {
                    let line = error.position().map_or(0, csv::Position::line);
                    problems.push(format!("{file}:{line}: {error}"));
                }
            }
        }
        Some(Self {
            file,
            columns,
            rows,
        })
    }

    fn cell<'r>(&self, row: &'r [String], column: &str) -> &'r str {
        self.columns
            .get(column)
            .and_then(|index| row.get(*index))
            .map_or("", String::as_str)
    }

    /// The node of a row, or its problems (an id already seen on another line among them).
    fn node(
        &self,
        (line, row): &(u64, Vec<String>),
        lines: &mut HashMap<String, u64>,
        problems: &mut Vec<String>,
    ) -> Option<Node> {
        let mut reasons = Vec::new();
        let id = self.cell(row, "id");
        if let Err(reason) = check_wikidata_id("id", id) {
            reasons.push(reason);
        } else if let Some(first) = lines.get(id) {
            reasons.push(format!("the id `{id}` is already on line {first}"));
        } else {
            lines.insert(id.to_owned(), *line);
        }
        let name = self.cell(row, "name");
        if name.is_empty() {
            reasons.push("`name` is empty".into());
        }
        let latitude = coordinate("lat", self.cell(row, "lat"), 90.0).map_err(|r| reasons.push(r));
        let longitude =
            coordinate("lng", self.cell(row, "lng"), 180.0).map_err(|r| reasons.push(r));
        let country = country_code(self.cell(row, "countrycd")).map_err(|r| reasons.push(r));
        problems.extend(
            reasons
                .into_iter()
                .map(|reason| format!("{}:{line}: {reason}", self.file)),
        );
        Some(Node {
            line: *line,
            id: id.to_owned(),
            name: name.to_owned(),
            latitude: latitude.ok()?,
            longitude: longitude.ok()?,
            country: country.ok()?,
        })
    }

    /// The link of a row, or its problems: an end that is no node of `nodes_file`, a
    /// self-link, a pair already linked on another line (in either order).
    fn link(
        &self,
        (line, row): &(u64, Vec<String>),
        nodes_file: &str,
        nodes: &HashMap<String, u64>,
        pairs: &mut HashMap<(String, String), u64>,
        problems: &mut Vec<String>,
    ) -> Option<Link> {
        let (source, target) = (self.cell(row, "source"), self.cell(row, "target"));
        let mut reasons = Vec::new();
        for (column, id) in [("source", source), ("target", target)] {
            if !nodes.contains_key(id) {
                reasons.push(format!("`{column}` `{id}` is not an id of {nodes_file}"));
            }
        }
        if reasons.is_empty() {
            let pair = if source <= target {
                (source.to_owned(), target.to_owned())
            } else {
                (target.to_owned(), source.to_owned())
            };
            if source == target {
                reasons.push(format!("a self-link: `{source}` to itself"));
            } else if let Some(first) = pairs.get(&pair) {
                reasons.push(format!(
                    "the pair `{source}`–`{target}` is already linked on line {first} \
                     (links are undirected)"
                ));
            } else {
                pairs.insert(pair, *line);
            }
        }
        let link = reasons.is_empty().then(|| Link {
            line: *line,
            source: source.to_owned(),
            target: target.to_owned(),
        });
        problems.extend(
            reasons
                .into_iter()
                .map(|reason| format!("{}:{line}: {reason}", self.file)),
        );
        link
    }
}

/// A latitude (`limit` 90) or longitude (180) in decimal degrees.
fn coordinate(column: &str, text: &str, limit: f64) -> Result<f64, String> {
    let value: f64 = text
        .parse()
        .map_err(|_| format!("`{column}` `{text}` is not a number"))?;
    if value.is_finite() && (-limit..=limit).contains(&value) {
        Ok(value)
    } else {
        Err(format!(
            "`{column}` {text} is out of range (-{limit} to {limit})"
        ))
    }
}

/// The ISO 3166-1 code of a `countrycd` cell, which the catalogue must know.
fn country_code(text: &str) -> Result<String, String> {
    if text.is_empty() {
        return Err("`countrycd` is missing".into());
    }
    let code = country_catalogue::extract_code(text);
    check_code("countrycd", code)?;
    country_catalogue::country(code).map_err(|reason| format!("`countrycd`: {reason}"))?;
    Ok(code.to_owned())
}

/// Imports `network`, citing `source_key`, in one transaction: all of it, or nothing.
pub async fn import_network(
    db: &Db,
    network: &Network,
    source_key: &str,
) -> Result<NetworkReport, NetworkError> {
    let txn = db.begin().await?;
    let report = write_network(&txn, network, source_key).await?;
    txn.commit().await?;
    Ok(report)
}

/// A slug made of `name`: ASCII (transliterated), lower-case words joined by `-`.
fn slug_of(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let words: Vec<&str> = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let mut slug = String::new();
    for word in words {
        // Room is kept for `-q` and an id, which may have to make the slug unique.
        if slug.len() + word.len() + 1 > 48 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    if slug.is_empty() { "city".into() } else { slug }
}

/// Kinds of agreement in the order a link's citation prefers them.
const PREFERRED: [AgreementKind; 4] = [
    AgreementKind::Sister,
    AgreementKind::Friendship,
    AgreementKind::Partnership,
    AgreementKind::Twinning,
];

fn citation_row(source_id: i32, locator: String) -> citation::ActiveModel {
    citation::ActiveModel {
        source_id: Set(source_id),
        locator: Set(Some(locator)),
        reference: Set(None),
        ..Default::default()
    }
}

async fn insert_batches<A>(txn: &DatabaseTransaction, rows: Vec<A>) -> Result<(), DbErr>
where
    A: sea_orm::ActiveModelTrait + Send,
{
    for batch in rows.chunks(INSERT_BATCH) {
        <A::Entity as EntityTrait>::insert_many(batch.to_vec())
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

/// Writes a checked network into the transaction (see the module's documentation).
pub async fn write_network(
    txn: &DatabaseTransaction,
    network: &Network,
    source_key: &str,
) -> Result<NetworkReport, NetworkError> {
    let Some(cited) = source::Entity::find()
        .filter(source::Column::Key.eq(source_key))
        .one(txn)
        .await?
    else {
        return Err(NetworkError::Invalid(vec![format!(
            "--source `{source_key}`: no source has this key; add it to the sources first \
             (the bundled world extract cites `{WORLD_SOURCE}`)"
        )]));
    };
    let mut report = NetworkReport::default();

    // Countries the nodes are in, made from the catalogue where the database lacks them.
    let mut countries: HashMap<String, i32> = country::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .map(|country| (country.code, country.id))
        .collect();
    let mut new_countries = Vec::new();
    let mut seen_codes = HashSet::new();
    for node in &network.nodes {
        if countries.contains_key(&node.country) || !seen_codes.insert(node.country.clone()) {
            continue;
        }
        let known = country_catalogue::country(&node.country)
            .map_err(|reason| NetworkError::Invalid(vec![reason]))?;
        new_countries.push(country::ActiveModel {
            code: Set(node.country.clone()),
            name_en: Set(known.name_en.clone()),
            name_ko: Set(known.name_ko.clone()),
            continent: Set(known.continent),
            ..Default::default()
        });
    }
    report.countries_added = new_countries.len();
    if !new_countries.is_empty() {
        insert_batches(txn, new_countries).await?;
        countries = country::Entity::find()
            .all(txn)
            .await?
            .into_iter()
            .map(|country| (country.code, country.id))
            .collect();
    }

    // Nodes: the city carrying the id, else a new one.
    let cities = city::Entity::find().all(txn).await?;
    let by_wikidata: HashMap<&str, i32> = cities
        .iter()
        .filter_map(|city| Some((city.wikidata_id.as_deref()?, city.id)))
        .collect();
    let node_ids: HashSet<&str> = network.nodes.iter().map(|node| node.id.as_str()).collect();
    let mut same_name: HashMap<(&str, i32), Vec<&city::Model>> = HashMap::new();
    for city in &cities {
        if city
            .wikidata_id
            .as_deref()
            .is_none_or(|id| !node_ids.contains(id))
        {
            same_name
                .entry((city.name_en.as_str(), city.country_id))
                .or_default()
                .push(city);
        }
    }
    let mut slugs: HashSet<String> = cities.iter().map(|city| city.slug.clone()).collect();
    let new_nodes: Vec<&Node> = network
        .nodes
        .iter()
        .filter(|node| !by_wikidata.contains_key(node.id.as_str()))
        .collect();
    let mut bases: HashMap<String, usize> = HashMap::new();
    for node in &new_nodes {
        *bases.entry(slug_of(&node.name)).or_default() += 1;
    }
    report.cities_matched = network.nodes.len() - new_nodes.len();
    report.cities_added = new_nodes.len();
    for node in &network.nodes {
        let country_id = countries[&node.country];
        for city in same_name
            .get(&(node.name.as_str(), country_id))
            .into_iter()
            .flatten()
        {
            report.ambiguous.push(format!(
                "{} ({}): node {} (line {}), city `{}` ({})",
                node.name,
                node.country,
                node.id,
                node.line,
                city.slug,
                city.wikidata_id.as_deref().unwrap_or("no Wikidata id")
            ));
        }
    }
    let mut new_cities = Vec::with_capacity(new_nodes.len());
    for node in &new_nodes {
        let base = slug_of(&node.name);
        let mut slug = if bases[&base] > 1 || slugs.contains(&base) {
            format!("{base}-{}", node.id.to_ascii_lowercase())
        } else {
            base
        };
        let mut extra = 1;
        while slugs.contains(&slug) {
            extra += 1;
            slug = format!(
                "{}-{}-{extra}",
                slug_of(&node.name),
                node.id.to_ascii_lowercase()
            );
        }
        slugs.insert(slug.clone());
        new_cities.push(city::ActiveModel {
            slug: Set(slug),
            first_key: Set(None),
            name_en: Set(node.name.clone()),
            name_ko: Set(None),
            wikidata_id: Set(Some(node.id.clone())),
            kind: Set(CityKind::City),
            country_id: Set(countries[&node.country]),
            latitude: Set(Some(node.latitude)),
            longitude: Set(Some(node.longitude)),
            ..Default::default()
        });
    }
    let mut citations = Vec::new();
    let cities = if new_cities.is_empty() {
        cities
    } else {
        insert_batches(txn, new_cities).await?;
        city::Entity::find().all(txn).await?
    };
    let by_wikidata: HashMap<&str, &city::Model> = cities
        .iter()
        .filter_map(|city| Some((city.wikidata_id.as_deref()?, city)))
        .collect();
    for node in &new_nodes {
        let mut row = citation_row(cited.id, node.id.clone());
        row.city_id = Set(Some(by_wikidata[node.id.as_str()].id));
        citations.push(row);
    }

    // Links: a citation of the agreement the two cities have, else a new agreement.
    let pair = |a: i32, b: i32| (a.min(b), a.max(b));
    let mut agreements: HashMap<(i32, i32), Vec<(AgreementKind, i32)>> = HashMap::new();
    for agreement in agreement::Entity::find().all(txn).await? {
        agreements
            .entry(pair(agreement.party_a_id, agreement.party_b_id))
            .or_default()
            .push((agreement.kind, agreement.id));
    }
    let present: HashSet<(i32, String)> = citation::Entity::find()
        .filter(citation::Column::SourceId.eq(cited.id))
        .filter(citation::Column::AgreementId.is_not_null())
        .all(txn)
        .await?
        .into_iter()
        .filter_map(|row| Some((row.agreement_id?, row.locator?)))
        .collect();
    let mut new_agreements = Vec::new();
    let mut new_locators = Vec::new();
    for link in &network.links {
        let (a, b) = (
            by_wikidata[link.source.as_str()],
            by_wikidata[link.target.as_str()],
        );
        let locator = format!("{}–{}", link.source, link.target);
        let existing = agreements.get(&pair(a.id, b.id)).and_then(|kinds| {
            PREFERRED
                .iter()
                .find_map(|kind| kinds.iter().find(|(k, _)| k == kind).map(|(_, id)| *id))
        });
        match existing {
            Some(id) if present.contains(&(id, locator.clone())) => report.links_present += 1,
            Some(id) => {
                report.links_matched += 1;
                let mut row = citation_row(cited.id, locator);
                row.agreement_id = Set(Some(id));
                citations.push(row);
            }
            None => {
                // Parties in the order of their slugs, as the dataset files write them.
                let (first, second) = if a.slug <= b.slug { (a, b) } else { (b, a) };
                new_agreements.push(agreement::ActiveModel {
                    party_a_id: Set(first.id),
                    party_b_id: Set(second.id),
                    kind: Set(AgreementKind::Twinning),
                    signed_on: Set(None),
                    ended_on: Set(None),
                    status: Set(AgreementStatus::Unknown),
                    note: Set(None),
                    ..Default::default()
                });
                new_locators.push((pair(a.id, b.id), locator));
            }
        }
    }
    report.links_added = new_agreements.len();
    if !new_agreements.is_empty() {
        insert_batches(txn, new_agreements).await?;
        let twinnings: HashMap<(i32, i32), i32> = agreement::Entity::find()
            .filter(agreement::Column::Kind.eq(AgreementKind::Twinning))
            .all(txn)
            .await?
            .into_iter()
            .map(|agreement| {
                (
                    pair(agreement.party_a_id, agreement.party_b_id),
                    agreement.id,
                )
            })
            .collect();
        for (parties, locator) in new_locators {
            let mut row = citation_row(cited.id, locator);
            row.agreement_id = Set(Some(twinnings[&parties]));
            citations.push(row);
        }
    }
    insert_batches(txn, citations).await?;
    if !report.changed_nothing() {
        crate::service::distance::refresh_distances(txn, None).await?;
        search::reindex(txn).await?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_words_joined_by_hyphens() {
        assert_eq!(slug_of("São Paulo"), "sao-paulo");
        assert_eq!(slug_of("Łódź"), "lodz");
        assert_eq!(slug_of("Washington, D.C."), "washington-d-c");
        assert_eq!(slug_of("  "), "city");
        assert!(slug_of(&"Llanfair ".repeat(20)).len() <= 48);
    }

    #[test]
    fn csv_cells_are_text_and_namibia_stays_namibia() {
        let network = Network::parse(
            (
                "nodes.csv",
                "id,name,lng,lat,country,countrycd,continent\n\
                 Q3935,Windhoek,17.08,-22.57,Namibia,NA,Africa\n\
                 Q1867,\"Taipei, Taiwan\",121.56,25.04,Taiwan,CN-TW,Asia\n",
            ),
            ("links.csv", "source,target\nQ3935,Q1867\n"),
        )
        .expect("a valid network");
        assert_eq!(network.nodes[0].country, "NA");
        assert_eq!(network.nodes[1].country, "TW");
        assert_eq!(network.nodes[1].name, "Taipei, Taiwan");
        assert_eq!(network.links[0].line, 2);
    }
}
