//! Signed bundles: verification rules, each refusal with its message.

use paso::source::Source;
use paso::source::bundle::{self, Manifest, TrustedKey, keys};

fn key() -> (tempfile::TempDir, TrustedKey, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (pk, sk, _) = keys::generate(None).unwrap();
    let sk_path = dir.path().join("k.key");
    std::fs::write(&sk_path, sk).unwrap();
    (dir, TrustedKey::parse(&pk).unwrap(), sk_path)
}

fn source() -> Source {
    Source::from_memory([("content/en/a.md", "alpha"), ("static/s.css", "body{}")])
}

fn signed(src: &Source, sk: &std::path::Path) -> (Vec<u8>, Vec<u8>) {
    let m = Manifest::describe(src, "Org", "2030.1.1", "2030-01-01T00:00:00Z").to_bytes();
    let sig = keys::sign(&m, sk, None, "test").unwrap();
    (m, sig)
}

fn refused(bytes: Vec<u8>, trusted: &[TrustedKey]) -> String {
    let e = bundle::open(bytes, trusted).expect_err("must be refused");
    e.iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_signed_bundle_verifies_and_every_alteration_is_refused() {
    let (_d, pk, sk) = key();
    let src = source();
    let (m, sig) = signed(&src, &sk);
    let good = bundle::pack(&src, &m, &sig).unwrap();
    let b = bundle::open(good.clone(), std::slice::from_ref(&pk)).unwrap();
    assert_eq!(b.signer.publisher, "Org");
    assert_eq!(b.signer.key_id, pk.id);
    assert_eq!(&*b.source.get("content/en/a.md").unwrap().bytes, b"alpha");

    // A changed byte in a file.
    let changed = Source::from_memory([("content/en/a.md", "alphA"), ("static/s.css", "body{}")]);
    let msg = refused(
        bundle::pack(&changed, &m, &sig).unwrap(),
        std::slice::from_ref(&pk),
    );
    assert!(msg.contains("does not match its hash"), "{msg}");
    // A changed manifest.
    let mut m2 = m.clone();
    let i = m2.iter().position(|&c| c == b'O').unwrap();
    m2[i] = b'X';
    let msg = refused(
        bundle::pack(&src, &m2, &sig).unwrap(),
        std::slice::from_ref(&pk),
    );
    assert!(msg.contains("manifest was changed"), "{msg}");
    // A wrong key.
    let (_d2, other, _) = key();
    let msg = refused(good.clone(), &[other]);
    assert!(msg.contains("not one of the trusted keys"), "{msg}");
    // A truncated file.
    let msg = refused(good[..good.len() / 2].to_vec(), std::slice::from_ref(&pk));
    assert!(msg.contains("damaged or cut short"), "{msg}");
    // A missing file and an extra file.
    let fewer = Source::from_memory([("content/en/a.md", "alpha")]);
    let msg = refused(
        bundle::pack(&fewer, &m, &sig).unwrap(),
        std::slice::from_ref(&pk),
    );
    assert!(msg.contains("missing from the bundle"), "{msg}");
    let more = Source::from_memory([
        ("content/en/a.md", "alpha"),
        ("static/s.css", "body{}"),
        ("static/x.js", "evil()"),
    ]);
    let msg = refused(
        bundle::pack(&more, &m, &sig).unwrap(),
        std::slice::from_ref(&pk),
    );
    assert!(msg.contains("not in the manifest"), "{msg}");
}

fn raw_tar(name: &[u8], kind: tar::EntryType, body: &[u8]) -> Vec<u8> {
    let mut h = tar::Header::new_old();
    h.as_old_mut().name[..name.len()].copy_from_slice(name);
    h.set_entry_type(kind);
    h.set_size(body.len() as u64);
    h.set_cksum();
    let mut t = tar::Builder::new(Vec::new());
    t.append(&h, body).unwrap();
    let tar = t.into_inner().unwrap();
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
        std::io::Write::write_all(&mut w, &tar).unwrap();
    }
    out
}

#[test]
fn hostile_archives_are_refused() {
    let reg = tar::EntryType::Regular;
    let msg = refused(raw_tar(b"../etc/x", reg, b"x"), &[]);
    assert!(msg.contains("unsafe path"), "{msg}");
    let msg = refused(raw_tar(b"/etc/passwd", reg, b"x"), &[]);
    assert!(msg.contains("unsafe path"), "{msg}");
    let msg = refused(raw_tar(b"content/a", tar::EntryType::Symlink, b""), &[]);
    assert!(msg.contains("link"), "{msg}");
    // A decompression bomb: 200 MiB of zeros compresses to a few KB.
    let bomb = raw_tar(b"content/a", reg, &vec![0u8; 200 << 20]);
    assert!(bomb.len() < 1 << 20);
    let msg = refused(bomb, &[]);
    assert!(
        msg.contains("larger than") || msg.contains("decompression bomb"),
        "{msg}"
    );
}
