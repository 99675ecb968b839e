//! Inputs from fuzzing (`bench/fuzz.sh`, targets in `fuzz/`), replayed through the very code the
//! fuzz targets run: `fuzz/src/lib.rs` is included here as a module. One test per input found;
//! each names the target and the issue. The first tests are the hand-written hostile inputs the
//! harness was proven with.

#[allow(dead_code, unreachable_pub)]
#[path = "../../fuzz/src/lib.rs"]
mod fuzz;

/// Hand-written: front matter fences and Markdown constructs at their edges.
#[test]
fn compile_edge_inputs() {
    let inputs: [&[u8]; 9] = [
        b"",
        b"+++",
        b"+++\n+++",
        b"+++\ntitle = \"x\"\n+++\n",
        b"\xef\xbb\xbf+++\r\n\r\n+++\r\n# \xff",
        b"+++\ntitle = \"\"\"\n+++\n[a](b.md#\xc3\xa9)",
        b"+++\n[[sources]]\n[[sources]]\n+++\n| a |\n|---|\n| [^1] |\n[^1]: [^1]",
        b"+++\ntitle = \"t\"\nsummary = \"s\"\norder = -9223372036854775808\nupdated = 9999-12-31\nreview_due = 0001-01-01\napplies_to = []\n+++\n## x {#x .for-visa}\n## x {#x}\n",
        "## {#in-short}\n> [!WARNING]\n> <script>\n\n[x]: javascript:alert(1)\n[y](x)\n".as_bytes(),
    ];
    for input in inputs {
        fuzz::compile_one(input);
    }
}

/// Hand-written: Fluent syntax at its edges, as the Spanish UI strings.
#[test]
fn fluent_edge_inputs() {
    let inputs: [&[u8]; 6] = [
        b"",
        b"\xff\xfe",
        b"site-title = { $x ->\n *[a] {{{ }\n}",
        b"-term = x\nsite-title = { -term(a: 1) } { NUMBER(\"x\") } { site-title }\n",
        b"site-title = { site-title }\n",
        b"a = {\"\\u{110000}\"}\n",
    ];
    for input in inputs {
        fuzz::fluent_one(input);
    }
}

/// Hand-written: requests the router must refuse or answer without a panic.
#[test]
fn request_edge_inputs() {
    let inputs: [&[u8]; 7] = [
        b"",
        b"\x00/\n*;q=0.5,,;q=\n*;q=1e400\n*\n",
        b"\x01/%2e%2e%2f\nzh-Hant-TW-x-private\nbr;q=0.0000001\nW/\n[::1]",
        b"\x02/en/\n\n\n\n",
        b"\x00http://x/en/\nar\ngzip\n\"*\"\nx:99999",
        b"\x00/en/%C0%AE%C0%AE/\n-\n,\n,\n",
        b"\x00*\nen\nbr\n",
    ];
    fuzz::use_site(crate::harness::shipped_site());
    for input in inputs {
        fuzz::request_one(input);
    }
}
