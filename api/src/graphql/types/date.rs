//! The `Date` scalar: a calendar day, `YYYY-MM-DD`.

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};

use crate::dataset::check_partial_date;

/// A calendar day in ISO 8601 form, `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Date(pub String);

/// A calendar day in ISO 8601 form, `YYYY-MM-DD`, such as `2019-08-01`.
#[Scalar]
impl ScalarType for Date {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(text) if text.len() == 10 && check_partial_date("date", text).is_ok() => {
                Ok(Date(text.clone()))
            }
            _ => Err(InputValueError::custom(format!(
                "{value} is not a date of the form YYYY-MM-DD"
            ))),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.clone())
    }
}
