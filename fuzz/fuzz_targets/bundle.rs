//! The bundle reader: arbitrary bytes as a `.paso` file, as the archive inside it, or as a
//! manifest signed with the trusted key (see `bundle_one`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // Making the key pair is not part of any input's time.
        paso_fuzz::bundle_key();
    },
    |data: &[u8]| paso_fuzz::bundle_one(data)
);
