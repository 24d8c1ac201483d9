//! Checks of single values in dataset records, each naming the field it rejects, and the
//! rule for control characters in text, which the GraphQL edge applies to every argument too.

use serde::Serialize;
use serde_json::Value;

/// Years the model accepts: wide enough for any founding date, narrow enough to catch typos.
const YEARS: std::ops::RangeInclusive<i32> = 1000..=2999;

pub fn check_year(field: &str, year: i32) -> Result<(), String> {
    if YEARS.contains(&year) {
        Ok(())
    } else {
        Err(format!(
            "`{field}` {year} is not a year between 1000 and 2999"
        ))
    }
}

/// A country code is ISO 3166-1 alpha-2: two upper-case ASCII letters.
pub fn check_code(field: &str, code: &str) -> Result<(), String> {
    if code.len() == 2 && code.bytes().all(|byte| byte.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!(
            "`{field}` `{code}` is not an ISO 3166-1 alpha-2 code (two capital letters)"
        ))
    }
}

/// A Wikidata item id: `Q` and the item's number, such as `Q8684`.
pub fn check_wikidata_id(field: &str, id: &str) -> Result<(), String> {
    let digits = id.strip_prefix('Q').unwrap_or_default();
    if !digits.is_empty()
        && !digits.starts_with('0')
        && digits.len() <= 12
        && digits.bytes().all(|byte| byte.is_ascii_digit())
    {
        Ok(())
    } else {
        Err(format!(
            "`{field}` `{id}` is not a Wikidata item id (`Q` and digits, such as `Q8684`)"
        ))
    }
}

/// Longest slug, source key or code.
const MAX_KEY_LEN: usize = 64;

/// The shapes of keys. Keys are written in ids, URLs and files, so they are plain ASCII words
/// that never need escaping and never look alike while differing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyShape {
    /// Slugs and source keys: `^[a-z0-9]+(-[a-z0-9]+)*$`, such as `new-york`.
    Slug,
    /// Country group codes: `^[A-Z0-9]+(_[A-Z0-9]+)*$`, such as `MIDDLE_EAST`.
    GroupCode,
    /// Statistics' metrics: `^[a-z0-9]+(_[a-z0-9]+)*$`, such as `sister_city_count`.
    Metric,
}

impl KeyShape {
    /// What the key is called, its case and separator, and an example.
    fn describe(self) -> (&'static str, bool, char, &'static str) {
        match self {
            KeyShape::Slug => ("slug", false, '-', "new-york"),
            KeyShape::GroupCode => ("group code", true, '_', "MIDDLE_EAST"),
            KeyShape::Metric => ("metric", false, '_', "sister_city_count"),
        }
    }
}

/// `key` (the value of `field`) has the `shape` it must: words of ASCII letters of one case
/// and digits, joined by single separators, at most 64 characters.
pub fn check_key(shape: KeyShape, field: &str, key: &str) -> Result<(), String> {
    let (name, upper, separator, example) = shape.describe();
    let letter = |byte: u8| {
        byte.is_ascii_digit()
            || if upper {
                byte.is_ascii_uppercase()
            } else {
                byte.is_ascii_lowercase()
            }
    };
    let words = key
        .split(separator)
        .all(|word| !word.is_empty() && word.bytes().all(letter));
    if words && key.len() <= MAX_KEY_LEN {
        return Ok(());
    }
    Err(format!(
        "`{field}` `{key}` is not a {name}: {} letters and digits in words joined by single \
         `{separator}`, such as `{example}`, at most {MAX_KEY_LEN} characters",
        if upper { "capital" } else { "lower-case" }
    ))
}

/// A name or title is more than white space.
pub fn check_name(field: &str, name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        Err(format!("`{field}` is empty"))
    } else {
        Ok(())
    }
}

/// An optional name or title, when given, is more than white space.
pub fn check_optional_name(field: &str, name: Option<&String>) -> Result<(), String> {
    name.map_or(Ok(()), |name| check_name(field, name))
}

/// Fields of free text, which may hold line breaks and tabs; any other text is one line.
pub const FREE_TEXT: [&str; 5] = ["note", "summary", "subsector", "reference", "reason"];

/// The first control character that `text`, the value of a field named `field`, may not hold:
/// any C0 or C1 control character, NUL included (PostgreSQL cannot store it, and SQLite cuts
/// text at it), except line breaks and tabs in [`FREE_TEXT`].
pub fn forbidden_character(field: &str, text: &str) -> Option<char> {
    let free = FREE_TEXT.contains(&field);
    text.chars()
        .find(|c| c.is_control() && !(free && matches!(c, '\n' | '\r' | '\t')))
}

/// The refusal of a control character `c` in `what` (such as "argument `slug`").
pub fn control_character(what: &str, c: char) -> String {
    format!(
        "{what} contains the control character U+{:04X}; text may not hold control characters, \
         except line breaks and tabs in free text ({})",
        u32::from(c),
        FREE_TEXT.map(|field| format!("`{field}`")).join(", ")
    )
}

/// The control characters a record's text may not hold, naming each field.
pub fn check_text(record: &impl Serialize) -> Vec<String> {
    let mut problems = Vec::new();
    if let Ok(value) = serde_json::to_value(record) {
        text_of(&value, "", "", &mut problems);
    }
    problems
}

fn text_of(value: &Value, path: &str, field: &str, problems: &mut Vec<String>) {
    match value {
        Value::String(text) => {
            if let Some(c) = forbidden_character(field, text) {
                problems.push(control_character(&format!("`{path}`"), c));
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                text_of(item, &format!("{path}[{index}]"), field, problems);
            }
        }
        Value::Object(fields) => {
            for (name, item) in fields {
                let path = if path.is_empty() {
                    name.clone()
                } else {
                    format!("{path}.{name}")
                };
                text_of(item, &path, name, problems);
            }
        }
        _ => {}
    }
}

/// A date known to the year, the month or the day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn check_partial_date(field: &str, date: &str) -> Result<(), String> {
    let invalid =
        || format!("`{field}` `{date}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    let mut parts = date.split('-');
    let year = parts
        .next()
        .filter(|part| part.len() == 4)
        .and_then(|part| part.parse::<i32>().ok());
    let month = parts.next().map(|part| {
        (part.len() == 2)
            .then(|| part.parse::<u32>().ok())
            .flatten()
    });
    let day = parts.next().map(|part| {
        (part.len() == 2)
            .then(|| part.parse::<u32>().ok())
            .flatten()
    });
    if parts.next().is_some() {
        return Err(invalid());
    }
    let year = year.ok_or_else(invalid)?;
    check_year(field, year)?;
    match (month, day) {
        (None, None) => Ok(()),
        (Some(Some(month)), None) if (1..=12).contains(&month) => Ok(()),
        (Some(Some(month)), Some(Some(day)))
            if (1..=12).contains(&month) && (1..=days_in(year, month)).contains(&day) =>
        {
            Ok(())
        }
        _ => Err(invalid()),
    }
}

fn days_in(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_of_year_month_and_day_precision_are_accepted() {
        for date in ["1968", "1991-07", "1993-10-23", "2000-02-29"] {
            assert_eq!(check_partial_date("signed", date), Ok(()), "{date}");
        }
    }

    #[test]
    fn malformed_or_impossible_dates_are_rejected_naming_the_field() {
        for date in [
            "68",
            "1991-7",
            "1991-13",
            "1993-02-30",
            "1900-02-29",
            "1993-10-23-1",
            "abcd",
            "",
        ] {
            let error = check_partial_date("signed", date).expect_err(date);
            assert!(error.contains("`signed`"), "{error}");
        }
    }

    #[test]
    fn country_codes_must_be_two_capital_letters() {
        assert!(check_code("code", "KR").is_ok());
        assert!(check_code("code", "kr").is_err());
        assert!(check_code("code", "KOR").is_err());
    }

    #[test]
    fn wikidata_ids_are_q_and_a_number() {
        for id in ["Q8684", "Q1"] {
            assert_eq!(check_wikidata_id("wikidata_id", id), Ok(()), "{id}");
        }
        for id in [
            "", "Q", "q8684", "8684", "Q08684", "Q86 84", "P190", "Q8684a",
        ] {
            let error = check_wikidata_id("wikidata_id", id).expect_err(id);
            assert!(error.contains("`wikidata_id`"), "{error}");
        }
    }

    #[test]
    fn keys_are_words_joined_by_one_separator() {
        use KeyShape::*;
        for slug in ["seoul", "new-york", "c40", "a-1-b"] {
            assert_eq!(check_key(Slug, "slug", slug), Ok(()), "{slug}");
        }
        for slug in [
            "", "-", "a-", "-a", "a--b", "Seoul", "bad slug", "a/../b", "한국", "a_b",
        ] {
            let error = check_key(Slug, "slug", slug).expect_err(slug);
            assert!(error.contains("`slug`"), "{error}");
        }
        assert!(check_key(Slug, "slug", &"a".repeat(64)).is_ok());
        assert!(check_key(Slug, "slug", &"a".repeat(65)).is_err());
        assert!(check_key(GroupCode, "code", "MIDDLE_EAST").is_ok());
        assert!(check_key(GroupCode, "code", "Middle_East").is_err());
        assert!(check_key(Metric, "metric", "sister_city_count").is_ok());
        assert!(check_key(Metric, "metric", "sister-city-count").is_err());
    }

    #[test]
    fn names_are_more_than_white_space() {
        assert!(check_name("name_en", "Seoul").is_ok());
        assert!(check_name("name_en", " \t ").is_err());
        assert!(check_optional_name("title_en", None).is_ok());
    }

    #[test]
    fn free_text_alone_may_hold_line_breaks_and_tabs() {
        assert_eq!(forbidden_character("note", "one\r\ntwo\tthree"), None);
        assert_eq!(forbidden_character("note", "a\0b"), Some('\0'));
        assert_eq!(forbidden_character("slug", "a\nb"), Some('\n'));
        assert_eq!(forbidden_character("name_en", "a\u{85}b"), Some('\u{85}'));
        assert_eq!(forbidden_character("name_en", "서울 – Seoul"), None);
    }
}
