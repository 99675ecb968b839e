//! Tests of the parse stage's own helpers.

use super::*;

#[test]
fn sentence_split() {
    assert_eq!(
        sentences("Go to the U.S. border. Ask! Why? 出境。再见"),
        ["Go to the U.S. border.", "Ask!", "Why?", "出境。再见"]
    );
}

#[test]
fn hash_matches_sha256sum_prefix() {
    // printf 'abc' | sha256sum → ba7816bf8f01cfea414140de5dae2223...
    assert_eq!(hash_text("abc"), "ba7816bf8f01cfea");
}
