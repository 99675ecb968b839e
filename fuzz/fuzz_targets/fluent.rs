//! Fluent files: arbitrary bytes as the Spanish UI strings (`locales/es/main.ftl`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        paso_fuzz::fluent_source(b"");
    },
    |data: &[u8]| paso_fuzz::fluent_one(data)
);
