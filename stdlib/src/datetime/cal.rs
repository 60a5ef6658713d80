//! The proleptic Gregorian calendar the classes count in: leap years, month lengths,
//! ordinals (day 1 is 0001-01-01) and ISO weeks.

/// Whether `y` is a leap year.
pub(crate) fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days in month `m` of year `y`.
pub(crate) fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days in the years before year `y`.
fn days_before_year(y: i64) -> i64 {
    let y = y - 1;
    y * 365 + y / 4 - y / 100 + y / 400
}

/// Days in the months of year `y` before month `m`.
fn days_before_month(y: i64, m: i64) -> i64 {
    (1..m).map(|k| days_in_month(y, k)).sum()
}

/// The ordinal of a date.
pub(crate) fn ymd_to_ord(y: i64, m: i64, d: i64) -> i64 {
    days_before_year(y) + days_before_month(y, m) + d
}

/// The date of an ordinal (1 ..= the ordinal of 9999-12-31).
pub(crate) fn ord_to_ymd(n: i64) -> (i64, i64, i64) {
    let n0 = n - 1;
    let (n400, r) = (n0.div_euclid(146_097), n0.rem_euclid(146_097));
    let (mut n100, r) = (r / 36_524, r % 36_524);
    let (n4, r) = (r / 1461, r % 1461);
    let (mut n1, mut r) = (r / 365, r % 365);
    let mut year = n400 * 400 + 1 + n100 * 100 + n4 * 4 + n1;
    if n1 == 4 || n100 == 4 {
        // The last day of a 4- or 400-year cycle.
        return (year - 1, 12, 31);
    }
    let _ = (&mut n100, &mut n1);
    let mut month = 1;
    loop {
        let dim = days_in_month(year, month);
        if r < dim {
            break;
        }
        r -= dim;
        month += 1;
        if month > 12 {
            month = 1;
            year += 1;
        }
    }
    (year, month, r + 1)
}

/// 0 for Monday … 6 for Sunday.
pub(crate) fn weekday(y: i64, m: i64, d: i64) -> i64 {
    (ymd_to_ord(y, m, d) + 6) % 7
}

/// The ordinal of the Monday of ISO week 1 of year `y`.
pub(crate) fn iso_week1_monday(y: i64) -> i64 {
    let first = ymd_to_ord(y, 1, 1);
    let wd = (first + 6) % 7;
    let monday = first - wd;
    if wd > 3 {
        monday + 7
    } else {
        monday
    }
}

/// The ISO year, week and weekday of a date.
pub(crate) fn iso_calendar(y: i64, m: i64, d: i64) -> (i64, i64, i64) {
    let mut year = y;
    let today = ymd_to_ord(y, m, d);
    let mut week1 = iso_week1_monday(year);
    let mut week = (today - week1).div_euclid(7);
    let day = (today - week1).rem_euclid(7);
    if week < 0 {
        year -= 1;
        week1 = iso_week1_monday(year);
        week = (today - week1).div_euclid(7);
    } else if week >= 52 && today >= iso_week1_monday(year + 1) {
        year += 1;
        week = 0;
    }
    (year, week + 1, day + 1)
}

/// The ordinal of ISO year `y`, week `w`, weekday `d` (checked by the caller).
pub(crate) fn iso_to_ord(y: i64, w: i64, d: i64) -> i64 {
    iso_week1_monday(y) + (w - 1) * 7 + (d - 1)
}

/// Whether ISO year `y` has a week 53.
pub(crate) fn has_week_53(y: i64) -> bool {
    let first = weekday(y, 1, 1);
    first == 3 || (first == 2 && is_leap(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_round_trip() {
        for n in [
            1, 2, 365, 366, 730_120, 730_179, 3_652_059, 146_097, 146_096,
        ] {
            let (y, m, d) = ord_to_ymd(n);
            assert_eq!(ymd_to_ord(y, m, d), n);
        }
        assert_eq!(ord_to_ymd(1), (1, 1, 1));
        assert_eq!(ord_to_ymd(3_652_059), (9999, 12, 31));
        assert_eq!(ymd_to_ord(1970, 1, 1), 719_163);
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(iso_calendar(2004, 1, 1), (2004, 1, 4));
        assert_eq!(iso_calendar(2005, 1, 1), (2004, 53, 6));
        assert_eq!(iso_calendar(2008, 12, 29), (2009, 1, 1));
    }
}
