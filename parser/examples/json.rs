//! Prints the JSON form of a file's tree (`--attributes` adds locations, `--indent N`
//! pretty-prints): `cargo run -p krait-parser --example json -- FILE`.

fn main() {
    let mut attributes = false;
    let mut indent = None;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--attributes" => attributes = true,
            "--indent" => indent = args.next().and_then(|n| n.parse().ok()),
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        eprintln!("usage: json [--attributes] [--indent N] FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_default();
    let result = krait_lexer::decode_source(&bytes)
        .and_then(|source| krait_parser::parse_module(&source).map(|m| (source, m)));
    match result {
        Ok((source, module)) => {
            let lines = krait_ast::LineIndex::new(&source);
            let options = krait_ast::DumpOptions {
                indent,
                include_attributes: attributes,
            };
            println!("{}", krait_ast::dump_json(&module, &lines, &options));
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
