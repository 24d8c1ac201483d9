//! The countries of the world as a maintained catalogue knows them: ISO 3166-1 codes, English
//! and Korean names (CLDR's, through the `keshvar` crate) and continents. Country records name
//! only their code (and the groups they belong to, which are data); their names and continent
//! come from here unless a record says otherwise.
//!
//! Two kinds of code are handled apart, explicitly:
//! - the continent `keshvar` calls Antarctica (AQ, BV, GS, HM) is no continent of the model,
//!   so those codes are refused;
//! - three codes that ISO 3166-1 does not assign but the world twinning extract uses for
//!   territories whose status is disputed (Kosovo `XK`, which the European Commission and
//!   Wikidata use too; Northern Cyprus `XC`; Somaliland `XS`) are listed in [`USER_ASSIGNED`],
//!   rather than folded into another state's code. Their continent is the extract's.

use std::collections::HashMap;
use std::sync::LazyLock;

use entity::Continent;
use keshvar::CountryIterator;

/// A country as the catalogue describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueCountry {
    pub name_en: String,
    pub name_ko: String,
    pub continent: Continent,
}

/// Codes outside ISO 3166-1 that the world twinning extract uses: code, English and Korean
/// names, continent (see the module's documentation).
const USER_ASSIGNED: [(&str, &str, &str, Continent); 3] = [
    ("XC", "Northern Cyprus", "북키프로스", Continent::Asia),
    ("XK", "Kosovo", "코소보", Continent::Europe),
    ("XS", "Somaliland", "소말릴란드", Continent::Africa),
];

/// Our continent for `keshvar`'s; none for Antarctica.
fn continent(continent: keshvar::Continent) -> Option<Continent> {
    match continent {
        keshvar::Continent::Africa => Some(Continent::Africa),
        keshvar::Continent::Asia => Some(Continent::Asia),
        keshvar::Continent::Europe => Some(Continent::Europe),
        keshvar::Continent::NorthAmerica => Some(Continent::NorthAmerica),
        keshvar::Continent::SouthAmerica => Some(Continent::SouthAmerica),
        keshvar::Continent::Australia => Some(Continent::Oceania),
        keshvar::Continent::Antarctica => None,
    }
}

static CATALOGUE: LazyLock<HashMap<String, CatalogueCountry>> = LazyLock::new(|| {
    let mut countries: HashMap<String, CatalogueCountry> = CountryIterator::new()
        .filter_map(|country| {
            let names = country.translations();
            Some((
                country.alpha2().to_string(),
                CatalogueCountry {
                    name_en: (*names.get("en")?).to_owned(),
                    name_ko: (*names.get("ko")?).to_owned(),
                    continent: continent(country.continent())?,
                },
            ))
        })
        .collect();
    for (code, name_en, name_ko, continent) in USER_ASSIGNED {
        countries.insert(
            code.to_owned(),
            CatalogueCountry {
                name_en: name_en.to_owned(),
                name_ko: name_ko.to_owned(),
                continent,
            },
        );
    }
    countries
});

/// The catalogue's country of ISO 3166-1 alpha-2 `code`, or why there is none.
pub fn country(code: &str) -> Result<&'static CatalogueCountry, String> {
    CATALOGUE.get(code).ok_or_else(|| {
        format!(
            "`{code}` is not a country code the catalogue knows (ISO 3166-1 alpha-2 as the \
             `keshvar` crate has it, Antarctica left out, and XC, XK, XS)"
        )
    })
}

/// The code of the world twinning extract read as ISO 3166-1: it writes Taiwan under China's
/// code, `CN-TW` (ISO 3166-2), where ISO 3166-1 has `TW`.
pub fn extract_code(code: &str) -> &str {
    match code {
        "CN-TW" => "TW",
        code => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_continents_come_from_the_catalogue() {
        let korea = country("KR").expect("KR");
        assert_eq!(
            (korea.name_en.as_str(), korea.name_ko.as_str()),
            ("South Korea", "대한민국")
        );
        assert_eq!(korea.continent, Continent::Asia);
        assert_eq!(country("NZ").expect("NZ").continent, Continent::Oceania);
        assert_eq!(country("NA").expect("NA").name_en, "Namibia");
        assert_eq!(country("XK").expect("XK").name_en, "Kosovo");
    }

    #[test]
    fn unknown_and_antarctic_codes_are_refused() {
        for code in ["ZZ", "AQ", "kr", "CN-TW"] {
            assert!(country(code).is_err(), "{code}");
        }
        assert_eq!(extract_code("CN-TW"), "TW");
        assert_eq!(extract_code("NA"), "NA");
    }
}
