//! Tests of the public tokenizer: token streams, the indentation layer, every error kind,
//! and the `tokenize`-style listing. Expected messages and listings were checked against
//! CPython 3.11 (`compile()` and `python3 -m tokenize`).

use krait_ast::SyntaxErrorKind;

use super::*;
use TokenKind::*;

fn kinds(src: &str) -> Vec<TokenKind> {
    tokenize(src)
        .unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
        .iter()
        .map(|t| t.kind)
        .collect()
}

fn texts(src: &str) -> Vec<&str> {
    tokenize(src)
        .unwrap()
        .iter()
        .map(|t| &src[t.range])
        .collect()
}

/// The error's message, class and byte range.
fn error(src: &str) -> (std::string::String, SyntaxErrorKind, (u32, u32)) {
    let e = tokenize(src).expect_err(src);
    (
        e.message,
        e.kind,
        (e.range.start().into(), e.range.end().into()),
    )
}

fn message(src: &str) -> std::string::String {
    error(src).0
}

#[test]
fn simple_statement() {
    assert_eq!(kinds("x = 1\n"), [Name, Equal, Int, Newline, EndMarker]);
    assert_eq!(texts("x = 1\n"), ["x", "=", "1", "\n", ""]);
}

#[test]
fn keywords_and_soft_keywords() {
    assert_eq!(
        kinds("if not None: match"),
        [If, Not, None, Colon, Name, Newline, EndMarker]
    );
    assert_eq!(
        kinds("async await _"),
        [Async, Await, Name, Newline, EndMarker]
    );
}

#[test]
fn operators_take_the_longest_match() {
    let src = "a **= b // c //= d ... e -> f := g != h << i >>= j @= k .5";
    assert_eq!(
        kinds(src),
        [
            Name,
            DoubleStarEqual,
            Name,
            DoubleSlash,
            Name,
            DoubleSlashEqual,
            Name,
            Ellipsis,
            Name,
            RArrow,
            Name,
            ColonEqual,
            Name,
            NotEqual,
            Name,
            LeftShift,
            Name,
            RightShiftEqual,
            Name,
            AtEqual,
            Name,
            Float,
            Newline,
            EndMarker
        ]
    );
}

#[test]
fn numbers_and_strings() {
    assert_eq!(
        kinds("1 0x_f 1.5 1e3 2j 0o7 0b1"),
        [Int, Int, Float, Float, Imaginary, Int, Int, Newline, EndMarker]
    );
    let src = r#"'a' "b" rb'c' BR"d" f'{x}' Rf"e" u'f' '''g'h''' """i""" x"#;
    assert_eq!(
        texts(src)[..9],
        [
            "'a'",
            "\"b\"",
            "rb'c'",
            "BR\"d\"",
            "f'{x}'",
            "Rf\"e\"",
            "u'f'",
            "'''g'h'''",
            "\"\"\"i\"\"\""
        ]
    );
    assert!(kinds(src)[..9].iter().all(|k| *k == String));
    // Not a legal prefix: a name followed by a string.
    assert_eq!(kinds("ub'x'"), [Name, String, Newline, EndMarker]);
    // A number may touch a keyword that can follow it.
    assert_eq!(
        kinds("1if x else 2"),
        [Int, If, Name, Else, Int, Newline, EndMarker]
    );
}

#[test]
fn indentation_blocks() {
    let src = "if a:\n    if b:\n        c\n    d\ne\n";
    assert_eq!(
        kinds(src),
        [
            If, Name, Colon, Newline, Indent, If, Name, Colon, Newline, Indent, Name, Newline,
            Dedent, Name, Newline, Dedent, Name, Newline, EndMarker
        ]
    );
    let tokens = tokenize(src).unwrap();
    // INDENT covers the leading whitespace; DEDENT is empty, at the next token.
    assert_eq!(&src[tokens[4].range], "    ");
    let dedent = tokens[12];
    assert!(dedent.range.is_empty());
    assert_eq!(
        usize::from(dedent.range.start()),
        src.find("    d").unwrap() + 4
    );
}

#[test]
fn dedents_to_several_levels_and_at_eof() {
    let src = "if a:\n  if b:\n    c\nd";
    assert_eq!(
        kinds(src),
        [
            If, Name, Colon, Newline, Indent, If, Name, Colon, Newline, Indent, Name, Newline,
            Dedent, Dedent, Name, Newline, EndMarker
        ]
    );
    // No trailing newline: an empty Newline, then a Dedent per open block.
    let src = "if a:\n  b";
    assert_eq!(
        kinds(src),
        [If, Name, Colon, Newline, Indent, Name, Newline, Dedent, EndMarker]
    );
    let tokens = tokenize(src).unwrap();
    assert!(tokens[6..]
        .iter()
        .all(|t| t.range.is_empty() && usize::from(t.range.start()) == src.len()));
}

#[test]
fn blank_lines_and_comments_do_not_count() {
    let src = "# head\n\nif a:  # c\n\n      # odd comment\n  b\n\n\n  # c\n  c\n";
    assert_eq!(
        kinds(src),
        [If, Name, Colon, Newline, Indent, Name, Newline, Name, Newline, Dedent, EndMarker]
    );
    assert_eq!(kinds(""), [EndMarker]);
    assert_eq!(kinds("# only\n"), [EndMarker]);
    assert_eq!(kinds("\n\n  \n"), [EndMarker]);
}

#[test]
fn brackets_and_backslashes_join_lines() {
    assert_eq!(
        kinds("x = (1,\n  2)\n"),
        [Name, Equal, LPar, Int, Comma, Int, RPar, Newline, EndMarker]
    );
    assert_eq!(
        kinds("x = [\n# c\n]\n"),
        [Name, Equal, LSqb, RSqb, Newline, EndMarker]
    );
    assert_eq!(
        kinds("x = 1 + \\\n    2\n"),
        [Name, Equal, Int, Plus, Int, Newline, EndMarker]
    );
    // A backslash at the start of a line: the first non-zero column before one is the
    // line's indentation, as in CPython.
    assert_eq!(
        kinds("if x:\n  \\\n    y\n"),
        [If, Name, Colon, Newline, Indent, Name, Newline, Dedent, EndMarker]
    );
    assert_eq!(kinds("\\\nx\n"), [Name, Newline, EndMarker]);
}

#[test]
fn newline_styles() {
    assert_eq!(
        kinds("a\r\nb\rc\n"),
        [Name, Newline, Name, Newline, Name, Newline, EndMarker]
    );
    assert_eq!(texts("a\r\nb\rc\n")[1], "\r\n");
}

#[test]
fn tabs_and_form_feeds() {
    // A tab then a space, consistently, is fine.
    assert_eq!(kinds("if a:\n\t b\n\t c\n").len(), 11);
    // Form feed resets the column.
    assert_eq!(
        kinds("x\n\x0cy\n"),
        [Name, Newline, Name, Newline, EndMarker]
    );
}

#[test]
fn inconsistent_dedent_is_an_indentation_error() {
    let (m, kind, at) = error("if x:\n  a\n b\n");
    assert_eq!(m, "unindent does not match any outer indentation level");
    assert_eq!(kind, SyntaxErrorKind::IndentationError);
    // CPython points at the end of the offending line.
    assert_eq!(at, (12, 12));
}

#[test]
fn mixing_tabs_and_spaces_is_a_tab_error() {
    for src in [
        "if x:\n\ta\n        b\n",
        "if x:\n        a\n\tb\n",
        "if x:\n    a\n\tb\n",
    ] {
        let (m, kind, _) = error(src);
        assert_eq!(
            m, "inconsistent use of tabs and spaces in indentation",
            "{src:?}"
        );
        assert_eq!(kind, SyntaxErrorKind::TabError);
    }
}

#[test]
fn too_many_indentation_levels() {
    let deep = |n: usize| {
        (0..n)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect::<std::string::String>()
            + &" ".repeat(n)
            + "pass\n"
    };
    assert!(tokenize(&deep(99)).is_ok());
    let (m, kind, _) = error(&deep(100));
    assert_eq!(m, "too many levels of indentation");
    assert_eq!(kind, SyntaxErrorKind::IndentationError);
}

#[test]
fn unterminated_strings() {
    assert_eq!(
        error("x = 'abc\n"),
        (
            "unterminated string literal (detected at line 1)".into(),
            SyntaxErrorKind::SyntaxError,
            (4, 5)
        )
    );
    assert_eq!(
        message("x = 1\ny = \"abc"),
        "unterminated string literal (detected at line 2)"
    );
    assert_eq!(
        message("'abc\\\ndef"),
        "unterminated string literal (detected at line 2)"
    );
    assert_eq!(
        error("s = rb'''abc\n\ndef"),
        (
            "unterminated triple-quoted string literal (detected at line 3)".into(),
            SyntaxErrorKind::SyntaxError,
            (4, 5)
        )
    );
}

#[test]
fn invalid_characters() {
    assert_eq!(
        error("a € b"),
        (
            "invalid character '€' (U+20AC)".into(),
            SyntaxErrorKind::SyntaxError,
            (2, 5)
        )
    );
    assert_eq!(message("·x = 1"), "invalid character '·' (U+00B7)");
    assert_eq!(
        error("x = \x01"),
        (
            "invalid non-printable character U+0001".into(),
            SyntaxErrorKind::SyntaxError,
            (4, 5)
        )
    );
    assert_eq!(
        message("x\u{a0}= 1"),
        "invalid non-printable character U+00A0"
    );
    assert_eq!(
        message("x = 1 \x0b 2"),
        "invalid non-printable character U+000B"
    );
    assert_eq!(
        message("\u{feff}x = 1"),
        "invalid non-printable character U+FEFF"
    );
    assert_eq!(
        message("x = 'a\0'"),
        "source code string cannot contain null bytes"
    );
    // Non-ASCII identifiers are fine.
    assert_eq!(kinds("é = ab·c"), [Name, Equal, Name, Newline, EndMarker]);
}

#[test]
fn stray_ascii_characters_reach_the_parser() {
    assert_eq!(
        kinds("x = $ ? ! `"),
        [Name, Equal, ErrorToken, ErrorToken, ErrorToken, ErrorToken, Newline, EndMarker]
    );
}

#[test]
fn bracket_errors() {
    assert_eq!(
        error("x = )"),
        ("unmatched ')'".into(), SyntaxErrorKind::SyntaxError, (4, 5))
    );
    assert_eq!(
        error("x = (]"),
        (
            "closing parenthesis ']' does not match opening parenthesis '('".into(),
            SyntaxErrorKind::SyntaxError,
            (5, 6)
        )
    );
    assert_eq!(
        message("x = (1, [2,\n 3)\n"),
        "closing parenthesis ')' does not match opening parenthesis '[' on line 1"
    );
    assert_eq!(
        error("x = (1, [2,\n"),
        (
            "'[' was never closed".into(),
            SyntaxErrorKind::SyntaxError,
            (8, 9)
        )
    );
    assert_eq!(message("f(**"), "'(' was never closed");
    let nested = |n: usize| "(".repeat(n) + &")".repeat(n);
    assert!(tokenize(&nested(200)).is_ok());
    assert_eq!(
        error(&nested(201)),
        (
            "too many nested parentheses".into(),
            SyntaxErrorKind::SyntaxError,
            (200, 201)
        )
    );
}

#[test]
fn unclosed_brackets_can_be_deferred_to_the_parser() {
    let (tokens, unclosed) = tokenize_unclosed("f(a,\n  b").unwrap();
    let kinds: Vec<_> = tokens.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [Name, LPar, Name, Comma, Name, ErrorToken]);
    assert!(tokens[5].range.is_empty() && u32::from(tokens[5].range.start()) == 8);
    let unclosed = unclosed.expect("the bracket is reported");
    assert_eq!(unclosed.message, "'(' was never closed");
    assert_eq!(
        (
            u32::from(unclosed.range.start()),
            u32::from(unclosed.range.end())
        ),
        (1, 2)
    );
    // Other errors are not deferred.
    assert!(tokenize_unclosed("f(a $ '").is_err());
    assert_eq!(tokenize_unclosed("x\n").unwrap().1, Option::None);
}

#[test]
fn partial_token_streams_end_where_the_error_is() {
    // An unterminated string: the tokens before it, then an `ErrorToken` at the quote.
    let (tokens, pending) = tokenize_partial("x = 1\ny = 'abc\n").unwrap();
    let kinds: Vec<_> = tokens.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [Name, Equal, Int, Newline, Name, Equal, ErrorToken]);
    assert_eq!(u32::from(tokens[6].range.start()), 10);
    assert!(matches!(pending, Some(PendingError::Raised(_))));
    // A bad unindent: no `Dedent` comes before the `ErrorToken` at the line's first token.
    let (tokens, pending) = tokenize_partial("if x:\n    y\n  z\n").unwrap();
    let kinds: Vec<_> = tokens.iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [If, Name, Colon, Newline, Indent, Name, Newline, ErrorToken]
    );
    let Some(PendingError::AtEnd(error)) = pending else {
        panic!("an indentation error is pending")
    };
    assert_eq!(
        error.message,
        "unindent does not match any outer indentation level"
    );
    // A null byte is an error before any token.
    assert!(tokenize_partial("x\0").is_err());
}

#[test]
fn backslash_errors() {
    assert_eq!(
        error("x = 1 \\ 2"),
        (
            "unexpected character after line continuation character".into(),
            SyntaxErrorKind::SyntaxError,
            (7, 8)
        )
    );
    // A backslash at the very end of the file.
    assert_eq!(message("x = 1 +\\"), "unexpected EOF while parsing");
    assert_eq!(message("x = 1 \\\n"), "unexpected EOF while parsing");
    assert!(tokenize("x = 1 \\\n\n").is_ok());
}

#[test]
fn number_errors_surface_with_cpython_carets() {
    assert_eq!(
        error("x = 1__0"),
        (
            "invalid decimal literal".into(),
            SyntaxErrorKind::SyntaxError,
            (5, 6)
        )
    );
    assert_eq!(message("0b2"), "invalid digit '2' in binary literal");
    assert_eq!(message("0777"), "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
}

#[test]
fn ranges_are_ordered_and_inside_the_source() {
    let src = "def f(a, *b):\n    return [x ** 2 for x in a if x]  # c\n\nclass C: pass\n";
    let tokens = tokenize(src).unwrap();
    let mut last = 0u32;
    for t in &tokens {
        assert!(u32::from(t.range.start()) >= last, "{t:?}");
        assert!(usize::from(t.range.end()) <= src.len());
        last = t.range.end().into();
    }
}

#[test]
fn expression_mode_ignores_newlines_and_adds_nothing() {
    let src = "f'{a +\n b}'";
    let tokens = tokenize_expression(src, TextRange::new(3.into(), 9.into())).unwrap();
    let kinds: Vec<_> = tokens.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [Name, Plus, Name]);
    assert_eq!(u32::from(tokens[2].range.start()), 8);
}

#[test]
fn listing_matches_python_tokenize() {
    // `python3 -m tokenize` on this file, without its ENCODING / COMMENT / NL lines.
    let src = "if x:\n    y = (1,\n  2)  # c\n\n    z = \"é\"\nw";
    let want = "\
1,0-1,2:            NAME           'if'           
1,3-1,4:            NAME           'x'            
1,4-1,5:            OP             ':'            
1,5-1,6:            NEWLINE        '\\n'           
2,0-2,4:            INDENT         '    '         
2,4-2,5:            NAME           'y'            
2,6-2,7:            OP             '='            
2,8-2,9:            OP             '('            
2,9-2,10:           NUMBER         '1'            
2,10-2,11:          OP             ','            
3,2-3,3:            NUMBER         '2'            
3,3-3,4:            OP             ')'            
3,9-3,10:           NEWLINE        '\\n'           
5,4-5,5:            NAME           'z'            
5,6-5,7:            OP             '='            
5,8-5,11:           STRING         '\"é\"'          
5,11-5,12:          NEWLINE        '\\n'           
6,0-6,0:            DEDENT         ''             
6,0-6,1:            NAME           'w'            
6,1-6,2:            NEWLINE        ''             
7,0-7,0:            ENDMARKER      ''             
";
    assert_eq!(format_tokens(src, &tokenize(src).unwrap()), want);
    let exact = format_tokens_exact("a += (b)\n", &tokenize("a += (b)\n").unwrap());
    assert!(exact.contains("PLUSEQUAL      '+='"), "{exact}");
    assert!(exact.contains("LPAR           '('"), "{exact}");
}

fn trivia_kinds(src: &str) -> Vec<TokenKind> {
    tokenize_with_trivia(src)
        .unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
        .iter()
        .map(|t| t.kind)
        .collect()
}

#[test]
fn trivia_tokens_are_comments_and_non_logical_newlines() {
    assert_eq!(
        trivia_kinds("# a\nx = (1,\n 2)  # b\n\n"),
        [
            Comment,
            NonLogicalNewline,
            Name,
            Equal,
            LPar,
            Int,
            Comma,
            NonLogicalNewline,
            Int,
            RPar,
            Comment,
            Newline,
            NonLogicalNewline,
            EndMarker
        ]
    );
    // The parser's stream is unchanged by them.
    assert_eq!(kinds("# a\nx  # b\n"), [Name, Newline, EndMarker]);
    // A comment on a last line without a line break ends with an empty NL.
    let tokens = tokenize_with_trivia("x\n# c").unwrap();
    assert_eq!(tokens[tokens.len() - 2].kind, NonLogicalNewline);
    assert!(tokens[tokens.len() - 2].range.is_empty());
}

#[test]
fn listings_match_python_tokenize() {
    // `python3 -m tokenize` on each file.
    let latin1 = b"# -*- coding: latin-1 -*-\nx = \"\xe9\"\n";
    assert_eq!(
        tokenize_listing(latin1, false).unwrap(),
        "\
0,0-0,0:            ENCODING       'iso-8859-1'   
1,0-1,25:           COMMENT        '# -*- coding: latin-1 -*-'
1,25-1,26:          NL             '\\n'           
2,0-2,1:            NAME           'x'            
2,2-2,3:            OP             '='            
2,4-2,7:            STRING         '\"é\"'          
2,7-2,8:            NEWLINE        '\\n'           
3,0-3,0:            ENDMARKER      ''             
"
    );
    assert_eq!(
        tokenize_listing(b"\xef\xbb\xbfx = 1\n", true).unwrap(),
        "\
0,0-0,0:            ENCODING       'utf-8'        
1,0-1,1:            NAME           'x'            
1,2-1,3:            EQUAL          '='            
1,4-1,5:            NUMBER         '1'            
1,5-1,6:            NEWLINE        '\\n'           
2,0-2,0:            ENDMARKER      ''             
"
    );
    // A last line of mere whitespace: no NEWLINE, the end marker on that line.
    assert_eq!(
        tokenize_listing(b"x=1\n   ", true).unwrap(),
        "\
0,0-0,0:            ENCODING       'utf-8'        
1,0-1,1:            NAME           'x'            
1,1-1,2:            EQUAL          '='            
1,2-1,3:            NUMBER         '1'            
1,3-1,4:            NEWLINE        '\\n'           
2,0-2,0:            ENDMARKER      ''             
"
    );
}
