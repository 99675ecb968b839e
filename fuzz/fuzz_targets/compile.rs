//! Front matter + Markdown → compiled pages: arbitrary bytes as one English article.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        paso_fuzz::article_source(b"");
    },
    |data: &[u8]| paso_fuzz::compile_one(data)
);
