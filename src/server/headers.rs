//! Response headers that go on every response, computed once.
//!
//! The policy: nothing is loaded from another origin, no script runs inline, no page can be
//! framed, the referrer never leaves, and the camera, microphone and location are denied.

use axum::http::{HeaderMap, HeaderName, HeaderValue, header};

/// Content-Security-Policy: same origin only; `data:` images for inline QR codes.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Permissions-Policy denying powerful features.
pub const PERMISSIONS: &str =
    "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()";

/// `(name, value)` of every security header.
pub const SECURITY: [(HeaderName, &str); 7] = [
    (header::CONTENT_SECURITY_POLICY, CSP),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::REFERRER_POLICY, "no-referrer"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (HeaderName::from_static("permissions-policy"), PERMISSIONS),
    (
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    ),
    (
        HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    ),
];

/// Adds the security headers to `headers`. A page that set its own, stricter-for-it CSP (the
/// single-file copy allows exactly its own inline stylesheet by hash) keeps it.
pub fn add_security(headers: &mut HeaderMap) {
    for (name, value) in SECURITY {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
}
