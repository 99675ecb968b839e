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

/// Hand-written: bundle files, archives and signed manifests at their edges (target `bundle`;
/// the first byte picks the mode, see `fuzz/src/lib.rs`).
#[test]
fn bundle_edge_inputs() {
    let good_manifest = {
        let src = paso::source::Source::from_memory(fuzz::BUNDLE_FILES);
        paso::source::bundle::Manifest::describe(&src, "Fuzz", "1.0", "2030-01-01T00:00:00Z")
            .to_bytes()
    };
    let with_mode = |mode: u8, rest: &[u8]| {
        let mut v = vec![mode];
        v.extend_from_slice(rest);
        v
    };
    let tar_of = |name: &str, kind: tar::EntryType, body: &[u8]| {
        let mut h = tar::Header::new_gnu();
        h.set_path(name).ok();
        h.set_entry_type(kind);
        h.set_size(body.len() as u64);
        h.set_cksum();
        let mut t = tar::Builder::new(Vec::new());
        t.append(&h, body).unwrap();
        t.into_inner().unwrap()
    };
    let inputs: Vec<Vec<u8>> = vec![
        vec![],
        with_mode(0, b""),
        with_mode(0, b"\xff\xff\xff\xff not brotli"),
        with_mode(0, &[0x0b, 0x03, 0x80, 0x03]), // brotli of nothing
        with_mode(1, b""),
        with_mode(1, &[0u8; 1024]), // two zero blocks: an empty archive
        with_mode(1, &tar_of("content/a", tar::EntryType::Regular, b"x")),
        with_mode(1, &tar_of("content/a", tar::EntryType::Directory, b"")),
        with_mode(1, &tar_of("content/a", tar::EntryType::Char, b"")),
        with_mode(
            1,
            &tar_of("content/a", tar::EntryType::GNULongName, b"content/b\0"),
        ),
        with_mode(1, &tar_of("manifest.json", tar::EntryType::Regular, b"{}")),
        with_mode(2, &good_manifest),
        with_mode(2, b""),
        with_mode(2, b"{\"format\":1}"),
        with_mode(
            2,
            &String::from_utf8(good_manifest.clone())
                .unwrap()
                .replace("content/en/a.md", "content/../a.md")
                .into_bytes(),
        ),
        with_mode(
            2,
            &String::from_utf8(good_manifest.clone())
                .unwrap()
                .replace("\"1.0\"", "\"99999999999999999999999.1\"")
                .into_bytes(),
        ),
        with_mode(
            2,
            &String::from_utf8(good_manifest.clone())
                .unwrap()
                .replace("\"size\": 5", "\"size\": 18446744073709551615")
                .into_bytes(),
        ),
    ];
    for input in &inputs {
        fuzz::bundle_one(input);
    }
    // The signed good manifest is accepted: the target reaches the end of the reader.
    let key = &fuzz::bundle_key().0;
    let sig =
        paso::source::bundle::keys::sign(&good_manifest, &fuzz::bundle_key().1, None, "t").unwrap();
    let mut files: Vec<(&str, &[u8])> = vec![
        ("manifest.json", &good_manifest),
        ("manifest.json.minisig", &sig),
    ];
    files.extend(fuzz::BUNDLE_FILES);
    let packed = paso::source::bundle::archive::write(&files).unwrap();
    assert!(paso::source::bundle::open(packed, std::slice::from_ref(key)).is_ok());
}
