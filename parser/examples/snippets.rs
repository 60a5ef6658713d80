//! Krait's side of `snippets.py` (beside this file): parses every snippet of a file
//! (separated by lines `#---`, read as bytes and decoded with `krait_lexer::decode_source`)
//! and prints one line each, `OK ` and the dump with attributes, or
//! `Class: message @ line:column`, so the two outputs can be diffed.
//!
//! ```text
//! cargo run -p krait-parser --example snippets -- FILE
//! ```

use krait_ast::{dump, DumpOptions, LineIndex};

fn describe(bytes: &[u8]) -> String {
    let source = match krait_lexer::decode_source(bytes) {
        Ok(source) => source,
        Err(e) => return format!("{}: {} @ 0:-2", e.kind.class_name(), e.message),
    };
    let lines = LineIndex::new(&source);
    match krait_parser::parse_module(&source) {
        Ok(module) => {
            let options = DumpOptions {
                indent: None,
                include_attributes: true,
            };
            format!("OK {}", dump(&module, &lines, &options))
        }
        Err(e) => {
            let start = lines.line_col(e.range.start());
            let line_start = usize::from(e.range.start()) - start.col as usize;
            let column = source
                .get(line_start..usize::from(e.range.start()))
                .map_or(0, |s| s.chars().count());
            format!(
                "{}: {} @ {}:{}",
                e.kind.class_name(),
                e.message,
                start.line,
                column
            )
        }
    }
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: snippets FILE");
        std::process::exit(2);
    };
    let data = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("snippets: {path}: {e}");
        std::process::exit(2);
    });
    let separator = b"\n#---\n";
    let mut rest = data.as_slice();
    loop {
        let end = rest
            .windows(separator.len())
            .position(|w| w == separator)
            .unwrap_or(rest.len());
        println!("{}", describe(&rest[..end]));
        if end == rest.len() {
            break;
        }
        rest = &rest[end + separator.len()..];
    }
}
