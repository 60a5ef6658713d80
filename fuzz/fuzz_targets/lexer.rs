//! Fuzz target: arbitrary bytes through every lexer entry point. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A file's bytes: encoding detection, decoding, and the full token listing.
    let _ = krait_lexer::tokenize_listing(data, false);
    if let Ok(source) = std::str::from_utf8(data) {
        let _ = krait_lexer::tokenize(source);
        let _ = krait_lexer::tokenize_with_trivia(source);
        if let Ok(tokens) = krait_lexer::tokenize(source) {
            let _ = krait_lexer::format_tokens_exact(source, &tokens);
        }
    }
});
