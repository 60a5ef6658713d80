//! Encoding detection and decoding, with expectations checked against CPython 3.11
//! (`compile(bytes, …)` for the declarations and codecs, `python3 FILE` for undeclared
//! non-UTF-8 bytes).

use super::*;

fn name(bytes: &[u8]) -> String {
    detect_encoding(bytes).map_or_else(|e| format!("error: {}", e.message), |e| e.name)
}

fn decoded(bytes: &[u8]) -> Result<String, String> {
    decode_source(bytes).map_err(|e| e.message)
}

#[test]
fn declarations_on_the_first_two_lines_count() {
    assert_eq!(name(b"x = 1\n"), "utf-8");
    assert_eq!(name(b"# -*- coding: latin-1 -*-\n"), "iso-8859-1");
    assert_eq!(
        name(b"#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\n"),
        "iso-8859-1"
    );
    assert_eq!(name(b"\n# coding: koi8-r\n"), "koi8-r");
    assert_eq!(name(b"#coding:UTF_8\n"), "utf-8");
    assert_eq!(name(b"#coding:utf-8-sig\n"), "utf-8");
    assert_eq!(name(b"# coding: fake"), "error: unknown encoding: fake");
    // Not on line 1 or 2, or after code: no declaration.
    assert_eq!(name(b"\n\n# coding: fake\n"), "utf-8");
    assert_eq!(name(b"x=1\n# coding: fake\n"), "utf-8");
    // Only inside a comment, and the name must not be empty.
    assert_eq!(name(b"x = 'coding: fake'\n"), "utf-8");
    assert_eq!(name(b"# coding: \n"), "utf-8");
    assert_eq!(name(b"# coding=  cp1252 coding: latin1\n"), "cp1252");
}

#[test]
fn the_bom_is_dropped_and_allows_only_utf8() {
    assert_eq!(decoded(b"\xef\xbb\xbfx = 1\n").as_deref(), Ok("x = 1\n"));
    assert_eq!(decoded(b"\xef\xbb\xbf").as_deref(), Ok(""));
    assert_eq!(
        decoded(b"\xef\xbb\xbf# coding: utf-8\nx").as_deref(),
        Ok("# coding: utf-8\nx")
    );
    assert_eq!(
        decoded(b"\xef\xbb\xbf# coding: latin-1\nx = 1"),
        Err("encoding problem: iso-8859-1 with BOM".to_owned())
    );
    assert_eq!(
        decoded(b"\xef\xbb\xbf# coding: fake\n"),
        Err("encoding problem: fake with BOM".to_owned())
    );
    assert_eq!(
        decoded(b"\xef\xbb\xbf#coding: utf8\nprint(1)\n"),
        Err("encoding problem: utf8 with BOM".to_owned())
    );
    let e = detect_encoding(b"\xef\xbb\xbf# coding: UTF_8\n").map(|e| (e.bom, e.declaration));
    assert_eq!(e, Ok((true, Some(at(10, 15)))));
}

#[test]
fn single_byte_codecs_decode_like_python() {
    // `b'...'.decode(codec)` in CPython.
    assert_eq!(
        decoded(b"# coding: latin-1\nx = '\xe9\xff'\n").as_deref(),
        Ok("# coding: latin-1\nx = 'é\u{ff}'\n")
    );
    assert_eq!(
        decoded(b"# coding: koi8-r\n'\xf0\xd2\xc9'").as_deref(),
        Ok("# coding: koi8-r\n'При'")
    );
    assert_eq!(
        decoded(b"# coding: cp1252\n'\x80\x93'").as_deref(),
        Ok("# coding: cp1252\n'€“'")
    );
    assert_eq!(
        decoded(b"# coding: iso-8859-15\n'\xa4'").as_deref(),
        Ok("# coding: iso-8859-15\n'€'")
    );
    assert_eq!(
        decoded(b"# coding: cp1252\nx=\"\x81\"\n"),
        Err(
            "'charmap' codec can't decode byte 0x81 in position 20: character maps to <undefined>"
                .to_owned()
        )
    );
    assert_eq!(
        decoded(b"# coding: ascii\nx=\"\xc3\xa9\""),
        Err(
            "'ascii' codec can't decode byte 0xc3 in position 19: ordinal not in range(128)"
                .to_owned()
        )
    );
    assert_eq!(
        decoded(b"# coding: iso-8859-5\n'\xb0'").as_deref(),
        Ok("# coding: iso-8859-5\n'А'")
    );
    assert_eq!(
        decoded(b"# coding: Windows-1251\n'\xc0'").as_deref(),
        Ok("# coding: Windows-1251\n'А'")
    );
    assert_eq!(
        decoded(b"# coding: euc-jp\n"),
        Err("encoding not supported by Krait: euc-jp".to_owned())
    );
}

#[test]
fn undeclared_non_utf8_bytes_are_an_error() {
    assert_eq!(
        decoded(b"\n\nx = 1 # \xe9\n"),
        Err("Non-UTF-8 code starting with '\\xe9' on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details".to_owned())
    );
    let e = decode_source(b"ab\xff").unwrap_err();
    assert_eq!(e.range, at(2, 3));
}
