//! Request handling: an arbitrary method, path, `Accept-Language`, `Accept-Encoding`,
//! `If-None-Match` and `Host` through the router, plus the pure functions behind it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // Compiling and compressing the guide takes seconds: not part of any input's time.
        paso_fuzz::shipped_site();
        paso_fuzz::runtime();
    },
    |data: &[u8]| paso_fuzz::request_one(data)
);
