//! QR codes, drawn in Rust at start-up: as SVG for pages (the share page, external links on a
//! kiosk) and as text for the terminal. No service is ever asked to draw one.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white space around the code, as the standard asks.
const QUIET: usize = 4;

/// Why a QR code could not be made (the text is too long for any QR version).
#[derive(Debug, thiserror::Error)]
#[error("text too long for a QR code ({0} bytes)")]
pub struct QrError(usize);

fn code(data: &str) -> Result<QrCode, QrError> {
    QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .map_err(|_| QrError(data.len()))
}

/// An SVG image of the QR code for `data`, with `caption` written under it.
///
/// Dark modules are drawn as one path of horizontal runs (`M x,y h n v1 h -n z`), which keeps
/// the file small and easy to read back in tests.
pub fn svg(data: &str, caption: Option<&str>) -> Result<String, QrError> {
    let code = code(data)?;
    let w = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..w {
        let mut x = 0;
        while x < w {
            if colors[y * w + x] == Color::Dark {
                let start = x;
                while x < w && colors[y * w + x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{},{}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    let size = w + 2 * QUIET;
    let text_h = if caption.is_some() { 4 } else { 0 };
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{size}\" height=\"{}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/>",
        size + text_h,
        size + text_h
    );
    if let Some(c) = caption {
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"2.2\" font-family=\"sans-serif\" text-anchor=\"middle\" fill=\"#000\">{}</text>",
            size as f32 / 2.0,
            size + 2,
            crate::html::escape(c)
        ));
    }
    svg.push_str("</svg>");
    Ok(svg)
}

/// The QR code for `data` as lines of text, two modules per character cell.
pub fn terminal(data: &str) -> Result<String, QrError> {
    let code = code(data)?;
    let w = code.width();
    let colors = code.to_colors();
    let dark = |x: isize, y: isize| {
        x >= 0
            && y >= 0
            && (x as usize) < w
            && (y as usize) < w
            && colors[y as usize * w + x as usize] == Color::Dark
    };
    let q = 2isize;
    let mut out = String::new();
    let mut y = -q;
    while y < w as isize + q {
        for x in -q..w as isize + q {
            // Light background, dark modules: invert so it scans on dark terminals too.
            out.push(match (dark(x, y), dark(x, y + 1)) {
                (false, false) => '█',
                (true, false) => '▄',
                (false, true) => '▀',
                (true, true) => ' ',
            });
        }
        out.push('\n');
        y += 2;
    }
    Ok(out)
}

/// The text of a Wi-Fi QR code (`WIFI:T:WPA;S:…;P:…;;`), escaping `\`, `;`, `,`, `:` and `"`
/// in the network name and password as the format requires.
pub fn wifi_payload(ssid: &str, password: Option<&str>) -> String {
    let esc = |s: &str| {
        let mut out = String::new();
        for c in s.chars() {
            if matches!(c, '\\' | ';' | ',' | ':' | '"') {
                out.push('\\');
            }
            out.push(c);
        }
        out
    };
    match password.filter(|p| !p.is_empty()) {
        Some(p) => format!("WIFI:T:WPA;S:{};P:{};;", esc(ssid), esc(p)),
        None => format!("WIFI:T:nopass;S:{};;", esc(ssid)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wifi_escaping() {
        assert_eq!(
            wifi_payload("Café;Net", Some(r#"p:a,s\s"w"#)),
            r#"WIFI:T:WPA;S:Café\;Net;P:p\:a\,s\\s\"w;;"#
        );
        assert_eq!(wifi_payload("open", None), "WIFI:T:nopass;S:open;;");
    }

    #[test]
    fn svg_is_small_and_escaped() {
        let s = svg("http://192.168.1.5:8080/", Some("<x>")).unwrap();
        assert!(s.starts_with("<svg") && s.ends_with("</svg>"));
        assert!(s.contains("&lt;x&gt;"));
        assert!(s.len() < 4000, "{}", s.len());
        assert!(svg(&"x".repeat(5000), None).is_err());
        assert!(terminal("http://a.b/").unwrap().lines().count() > 10);
    }
}
