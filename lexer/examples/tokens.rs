//! Prints the `python3 -m tokenize` listing of each file given (`-e` for exact operator
//! names), to compare with CPython's: `cargo run -p krait-lexer --example tokens -- FILE`.

fn main() {
    let mut exact = false;
    let mut status = 0;
    for arg in std::env::args().skip(1) {
        if arg == "-e" || arg == "--exact" {
            exact = true;
            continue;
        }
        let listing = std::fs::read(&arg)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                krait_lexer::tokenize_listing(&bytes, exact).map_err(|e| e.to_string())
            });
        match listing {
            Ok(text) => print!("{text}"),
            Err(e) => {
                eprintln!("{arg}: {e}");
                status = 1;
            }
        }
    }
    std::process::exit(status);
}
