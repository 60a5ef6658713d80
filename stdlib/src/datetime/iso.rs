//! Parsing ISO 8601 text for the `fromisoformat` class methods, in the forms Python 3.11
//! accepts: dates `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-Www[-D]`, `YYYYWww[D]`; times
//! `HH[:MM[:SS[.f…]]]` (or without colons, `,` for `.`); offsets `Z` or `±HH[:MM[:SS[.f…]]]`.

use krait_vm::error::PyResult;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::cal;

/// A parsed time of day with its optional offset in microseconds.
pub(crate) struct ParsedTime {
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
    pub offset: Option<i64>,
}

fn digits(s: &[u8]) -> Option<i64> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0i64, |n, &c| n * 10 + i64::from(c - b'0')))
}

/// How many leading bytes of `s` are its date, resolving the forms that run into the
/// time without a separator as CPython 3.11 does (a basic week date's digits are paired
/// from the end); `None` when too short.
pub(crate) fn date_len(s: &[u8]) -> Option<usize> {
    let len = s.len();
    if len == 7 {
        return Some(7);
    }
    if len < 8 {
        return None;
    }
    if s[4] == b'-' {
        if s[5] != b'W' {
            return Some(10);
        }
        if len > 8 && s[8] == b'-' {
            if len == 9 {
                return None;
            }
            if len > 10 && s[10].is_ascii_digit() {
                return Some(8);
            }
            return Some(10);
        }
        return Some(8);
    }
    if s[4] == b'W' {
        let mut idx = 7;
        while idx < len && s[idx].is_ascii_digit() {
            idx += 1;
        }
        if idx < 9 {
            return Some(idx);
        }
        return Some(if idx % 2 == 0 { 7 } else { 8 });
    }
    Some(8)
}

/// A date (year, month, day); out-of-range fields are left for the caller to report.
pub(crate) fn parse_date(s: &str) -> Option<(i64, i64, i64)> {
    let b = s.as_bytes();
    if !s.is_ascii() {
        return None;
    }
    let year = digits(b.get(0..4)?)?;
    let rest = &b[4..];
    let (ext, rest) = match rest.first() {
        Some(b'-') => (true, &rest[1..]),
        _ => (false, rest),
    };
    if rest.first() == Some(&b'W') {
        let week = digits(rest.get(1..3)?)?;
        let after = &rest[3..];
        let day = match after {
            [] => 1,
            [b'-', d] if ext => digits(&[*d])?,
            [d] if !ext => digits(&[*d])?,
            _ => return None,
        };
        if !(1..=53).contains(&week) || !(1..=7).contains(&day) || !(1..=9999).contains(&year) {
            return None;
        }
        if week == 53 && !cal::has_week_53(year) {
            return None;
        }
        let n = cal::iso_to_ord(year, week, day);
        if !(1..=super::date::MAX_ORDINAL).contains(&n) {
            return None;
        }
        return Some(cal::ord_to_ymd(n));
    }
    let (m, d) = if ext {
        if rest.len() != 5 || rest[2] != b'-' {
            return None;
        }
        (digits(&rest[0..2])?, digits(&rest[3..5])?)
    } else {
        if rest.len() != 4 {
            return None;
        }
        (digits(&rest[0..2])?, digits(&rest[2..4])?)
    };
    Some((year, m, d))
}

/// `HH[:MM[:SS[.f…]]]` (or the basic form); `None` when malformed.
fn parse_hms(b: &[u8]) -> Option<(i64, i64, i64, i64)> {
    let h = digits(b.get(0..2)?)?;
    let mut rest = &b[2..];
    let ext = rest.first() == Some(&b':');
    let mut fields = [0i64; 2];
    for f in fields.iter_mut() {
        if rest.is_empty() || matches!(rest[0], b'.' | b',') {
            break;
        }
        if ext {
            if rest[0] != b':' {
                return None;
            }
            rest = &rest[1..];
        }
        *f = digits(rest.get(0..2)?)?;
        rest = &rest[2..];
    }
    let mut us = 0;
    if !rest.is_empty() {
        if !matches!(rest[0], b'.' | b',') || rest.len() < 2 {
            return None;
        }
        let frac = &rest[1..];
        if !frac.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let mut six = [b'0'; 6];
        for (slot, &c) in six.iter_mut().zip(frac) {
            *slot = c;
        }
        us = digits(&six)?;
    }
    Some((h, fields[0], fields[1], us))
}

/// A time with an optional offset.
pub(crate) fn parse_time(s: &str) -> Option<ParsedTime> {
    if !s.is_ascii() || s.is_empty() {
        return None;
    }
    let b = s.as_bytes();
    let cut = b.iter().position(|&c| matches!(c, b'+' | b'-' | b'Z'));
    let (time, tz) = match cut {
        Some(i) => (&b[..i], Some(&b[i..])),
        None => (b, None),
    };
    let (h, mi, sec, us) = parse_hms(time)?;
    let offset = match tz {
        None => None,
        Some(b"Z") => Some(0),
        Some(t) => {
            let sign = match t[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (oh, om, os, ous) = parse_hms(&t[1..])?;
            if oh > 23 || om > 59 || os > 59 {
                return None;
            }
            Some(sign * (((oh * 60 + om) * 60 + os) * 1_000_000 + ous))
        }
    };
    Some(ParsedTime {
        h,
        mi,
        s: sec,
        us,
        offset,
    })
}

/// The tzinfo for a parsed offset: None, `timezone.utc`, or a fixed `timezone`.
pub(crate) fn tz_value(vm: &mut Vm, offset: Option<i64>) -> PyResult<Value> {
    match offset {
        None => Ok(Value::None),
        Some(0) => super::tz::utc(vm),
        Some(us) => {
            let td = super::timedelta::Td::from_us(i128::from(us));
            let cls = super::class(vm, "timezone");
            super::tz::new_timezone(vm, cls, td, None, Value::None)
        }
    }
}
