//! JSON request bodies, read strictly: an object that names a key twice is refused rather than
//! read as its last value, so a request means one thing to every reader on its way.
//!
//! The check builds nothing: it walks the body once, keeping only each object's keys (borrowed
//! from the body where they have no escapes), and says whether the body is an object or an
//! array. The endpoint then reads the body straight into the type it needs, rather than
//! through a `serde_json::Value` tree.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// What a well-formed body holds at its top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Top {
    Object,
    Array,
    /// A string, number, boolean or `null`.
    Scalar,
}

/// What `bytes` hold at their top, if they are one JSON value naming no key twice in any
/// object; else why not.
pub fn check(bytes: &[u8]) -> Result<Top, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let top = Strict.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(top)
}

/// Walks a value, refusing duplicate keys at every depth.
#[derive(Clone, Copy)]
struct Strict;

impl<'de> DeserializeSeed<'de> for Strict {
    type Value = Top;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Top, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict {
    type Value = Top;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Top, E> {
        Ok(Top::Scalar)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Top, E> {
        Ok(Top::Scalar)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Top, E> {
        Ok(Top::Scalar)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Top, E> {
        Ok(Top::Scalar)
    }

    fn visit_str<E>(self, _: &str) -> Result<Top, E> {
        Ok(Top::Scalar)
    }

    fn visit_unit<E>(self) -> Result<Top, E> {
        Ok(Top::Scalar)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Top, A::Error> {
        while items.next_element_seed(self)?.is_some() {}
        Ok(Top::Array)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Top, A::Error> {
        let mut keys = HashSet::new();
        while let Some(key) = entries.next_key_seed(Key)? {
            if keys.contains(&key) {
                let shown: String = key.chars().take(64).collect();
                return Err(de::Error::custom(format!(
                    "the key `{shown}` appears twice in one object"
                )));
            }
            entries.next_value_seed(self)?;
            keys.insert(key);
        }
        Ok(Top::Object)
    }
}

/// An object's key, borrowed from the body unless it has escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object key")
    }

    fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(key))
    }

    fn visit_str<E>(self, key: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(key.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::{Top, check};

    #[test]
    fn a_key_named_twice_is_refused_at_any_depth() {
        assert!(check(br#"{"query": "{a}", "query": "{b}"}"#).is_err());
        assert!(check(br#"{"variables": {"x": 1, "x": 2}}"#).is_err());
        assert!(check(br#"{"a": {"b\u0041": 1, "bA": 2}}"#).is_err());
        assert_eq!(check(br#"[{"a": 1}, {"a": 2}]"#).ok(), Some(Top::Array));
    }

    #[test]
    fn a_body_is_read_as_serde_json_reads_it() {
        let text = br#"{"query": "{ a }", "variables": {"n": 1.5, "m": -3, "l": [true, null]}}"#;
        assert_eq!(check(text).ok(), Some(Top::Object));
        assert_eq!(check(b" \"text\" ").ok(), Some(Top::Scalar));
        assert!(check(b"{} trailing").is_err());
        assert!(check(br#"{"a": }"#).is_err());
    }
}
