//! Checks of single values in dataset records, each naming the field it rejects.

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
pub fn check_code(code: &str) -> Result<(), String> {
    if code.len() == 2 && code.bytes().all(|byte| byte.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!(
            "`code` `{code}` is not an ISO 3166-1 alpha-2 code (two capital letters)"
        ))
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
        assert!(check_code("KR").is_ok());
        assert!(check_code("kr").is_err());
        assert!(check_code("KOR").is_err());
    }
}
