//! Keys in minisign's own formats: making a key pair, signing a manifest, reading the keys a
//! deployment trusts, and the key id as `minisign` prints it.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use super::BundleError;

/// A public key a deployment trusts.
#[derive(Debug, Clone)]
pub struct TrustedKey {
    key: minisign_verify::PublicKey,
    /// The key id as minisign prints it (`6C2A31D1C4BB6F4B`).
    pub id: String,
}

/// A failure to read a key, make one, or sign.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Not a minisign public key.
    #[error("`{0}` is not a minisign public key (the base64 line of a .pub file, or the file)")]
    BadPublic(String),
    /// Reading a key file failed.
    #[error("failed to read `{0}`: {1}")]
    Read(String, std::io::Error),
    /// minisign refused.
    #[error("{0}")]
    Minisign(String),
}

/// The key id of a minisign key or signature from its decoded bytes (2 bytes algorithm,
/// then 8 bytes key number): minisign prints the key number as a little-endian integer.
fn id_of(decoded: &[u8]) -> Option<String> {
    let num: [u8; 8] = decoded.get(2..10)?.try_into().ok()?;
    Some(format!("{:016X}", u64::from_le_bytes(num)))
}

impl TrustedKey {
    /// Reads a key given as its base64 line, a `.pub` file's text, or a path to that file.
    pub fn parse(arg: &str) -> Result<TrustedKey, KeyError> {
        let arg = arg.trim();
        if !arg.is_empty() && Path::new(arg).is_file() {
            let text =
                std::fs::read_to_string(arg).map_err(|e| KeyError::Read(arg.to_string(), e))?;
            return TrustedKey::parse_text(&text).ok_or_else(|| KeyError::BadPublic(arg.into()));
        }
        TrustedKey::parse_text(arg).ok_or_else(|| KeyError::BadPublic(arg.into()))
    }

    fn parse_text(text: &str) -> Option<TrustedKey> {
        let line = text
            .lines()
            .map(str::trim)
            .rfind(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))?;
        let key = minisign_verify::PublicKey::from_base64(line).ok()?;
        let id = id_of(&STANDARD.decode(line).ok()?)?;
        Some(TrustedKey { key, id })
    }

    /// Every key in a file of keys: one per line (base64), `#` comments and minisign's
    /// `untrusted comment:` lines skipped.
    pub fn parse_file(path: &Path) -> Result<Vec<TrustedKey>, KeyError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| KeyError::Read(path.display().to_string(), e))?;
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("untrusted"))
            .map(|l| TrustedKey::parse_text(l).ok_or_else(|| KeyError::BadPublic(l.into())))
            .collect()
    }
}

/// The key id a signature names, as minisign prints it.
pub fn signature_key_id(sig_text: &str) -> Option<String> {
    let line = sig_text.lines().nth(1)?;
    id_of(&STANDARD.decode(line.trim()).ok()?)
}

/// Checks `sig` over `manifest` against the trusted keys; the id of the key that signed it.
pub fn verify(manifest: &[u8], sig: &[u8], trusted: &[TrustedKey]) -> Result<String, BundleError> {
    let text = std::str::from_utf8(sig).map_err(|_| BundleError::BadSignatureFile)?;
    let signature =
        minisign_verify::Signature::decode(text).map_err(|_| BundleError::BadSignatureFile)?;
    let id = signature_key_id(text).ok_or(BundleError::BadSignatureFile)?;
    if trusted.is_empty() {
        return Err(BundleError::NoTrustedKey(id));
    }
    let Some(key) = trusted.iter().find(|k| k.id == id) else {
        return Err(BundleError::UntrustedKey(id));
    };
    key.key
        .verify(manifest, &signature, false)
        .map_err(|_| BundleError::BadSignature(id.clone()))?;
    Ok(id)
}

/// A new key pair: (public key file text, secret key file text, key id).
pub fn generate(password: Option<String>) -> Result<(String, String, String), KeyError> {
    let m = |e: minisign::PError| KeyError::Minisign(e.to_string());
    let pair = match password {
        Some(p) => minisign::KeyPair::generate_encrypted_keypair(Some(p)).map_err(m)?,
        None => minisign::KeyPair::generate_unencrypted_keypair().map_err(m)?,
    };
    let pk = pair.pk.to_box().map_err(m)?.into_string();
    let sk = pair.sk.to_box(None).map_err(m)?.into_string();
    let id = TrustedKey::parse_text(&pk)
        .map(|k| k.id)
        .ok_or_else(|| KeyError::Minisign("the new public key does not read back".into()))?;
    Ok((pk, sk, id))
}

/// Signs `manifest` with the secret key file at `path` (`password` for an encrypted key).
/// The trusted comment names the publisher and version, as `minisign -V` prints it.
pub fn sign(
    manifest: &[u8],
    secret_key_path: &Path,
    password: Option<String>,
    trusted_comment: &str,
) -> Result<Vec<u8>, KeyError> {
    let m = |e: minisign::PError| KeyError::Minisign(e.to_string());
    let text = std::fs::read_to_string(secret_key_path)
        .map_err(|e| KeyError::Read(secret_key_path.display().to_string(), e))?;
    let sk_box = || minisign::SecretKeyBox::from_string(&text).map_err(m);
    let sk = match password {
        Some(p) => sk_box()?.into_secret_key(Some(p)).map_err(m)?,
        // An unencrypted key, or else minisign asks for the password on the terminal.
        None => match sk_box()?.into_unencrypted_secret_key() {
            Ok(sk) => sk,
            Err(_) => sk_box()?.into_secret_key(None).map_err(m)?,
        },
    };
    let sig = minisign::sign(
        None,
        &sk,
        std::io::Cursor::new(manifest),
        Some(trusted_comment),
        Some("signature of a Paso guide manifest"),
    )
    .map_err(m)?;
    Ok(sig.into_string().into_bytes())
}
