//! Packing the single-file copy: the same page in fewer bytes (it travels as a messenger
//! attachment, often over metered data). Only rewrites that cannot change what a reader sees
//! or what the page does:
//!
//! - the stylesheet without comments and without the whitespace CSS ignores;
//! - the search script without whole-line comments, indentation and blank lines (the script
//!   has no multi-line string in which indentation would matter; a test checks);
//! - links without `rel="external noopener noreferrer"`: the page sets `<meta name="referrer"
//!   content="no-referrer">` for every link and opens none in a new window, so `noreferrer`
//!   and `noopener` change nothing there, and `external` changes nothing in any browser
//!   (every other link of the page is a `#fragment`); and without `dir="ltr"` in a left-to-right page, where it is the
//!   direction the link has anyway;
//! - no `</li>` or `</p>` where HTML lets them out (the parser closes the element there);
//! - no newline after the tag of a block (`</p>`, `<ul>`, `</li>` …) when a tag follows: at the
//!   start or end of a line such whitespace is not rendered (after an inline tag it would be a
//!   space, so those stay), and none inside `<pre>`.

/// `css` without comments and ignorable whitespace.
pub(crate) fn css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut packed = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
        if c == ' ' && (i == 0 || tight(chars[i - 1]) || chars.get(i + 1).is_none_or(|&n| tight(n)))
        {
            continue;
        }
        packed.push(c);
    }
    packed
}

/// `js` without whole-line `//` comments, indentation and blank lines.
pub(crate) fn js(js: &str) -> String {
    js.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The page's markup, packed as described above.
pub(crate) fn html(page: &str, ltr: bool) -> String {
    let mut out = page.replace(" rel=\"external noopener noreferrer\"", "");
    if ltr {
        out = out.replace("\" dir=\"ltr\">", "\">");
    }
    // Newlines between tags, outside the elements whose text is kept as it is.
    let mut packed = String::with_capacity(out.len());
    let mut rest = out.as_str();
    loop {
        let verbatim = VERBATIM
            .iter()
            .filter_map(|name| Some((rest.find(&format!("<{name}"))?, *name)))
            .min();
        let Some((at, name)) = verbatim else {
            packed.push_str(&join_blocks(rest));
            break;
        };
        packed.push_str(&join_blocks(&rest[..at]));
        let from = &rest[at..];
        let close = format!("</{name}>");
        let end = from.find(&close).map_or(from.len(), |e| e + close.len());
        packed.push_str(&from[..end]);
        rest = &from[end..];
    }
    packed
}

/// Elements whose text is kept character for character.
const VERBATIM: &[&str] = &["pre", "script", "style", "textarea"];

/// Block-level elements: whitespace after their tags (opening or closing) is not rendered.
const BLOCKS: &[&str] = &[
    "article",
    "aside",
    "blockquote",
    "div",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
];

/// `html` without the newline in `>\n<` where the tag before it is a block's.
fn join_blocks(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(">\n<") {
        out.push_str(&rest[..=i]);
        let tag_start = out.rfind('<').map_or(0, |t| t + 1);
        let name: String = out[tag_start..]
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if !BLOCKS.contains(&name.as_str()) {
            out.push('\n');
        }
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    omit_end_tags(&out)
}

/// Without the end tags HTML lets a page omit (a `</li>` before the next item or the end of
/// the list, a `</p>` before a block or the end of its parent): the parser closes the element
/// at the same place.
fn omit_end_tags(html: &str) -> String {
    const P_BEFORE: &[&str] = &[
        "<p>",
        "<p ",
        "<ul",
        "<ol",
        "<h2",
        "<h3",
        "<h4",
        "<div",
        "<section",
        "<aside",
        "<nav",
        "</article>",
        "</section>",
        "</div>",
        "</li>",
        "</main>",
        "</aside>",
        "</blockquote>",
    ];
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let next = ["</li>", "</p>"]
            .iter()
            .filter_map(|t| Some((rest.find(t)?, *t)))
            .min();
        let Some((at, tag)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        let after = &rest[at + tag.len()..];
        let omit = match tag {
            "</li>" => ["<li", "</ul>", "</ol>"]
                .iter()
                .any(|n| after.starts_with(n)),
            _ => P_BEFORE.iter().any(|n| after.starts_with(n)),
        };
        if !omit {
            out.push_str(tag);
        }
        rest = after;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_keeps_every_rule() {
        let css = "/* a */\nmain .x,\n  .y { color: red;\n  margin: 0 auto; }\n@media (min-width: 40em) {\n  a:hover { x: 1 }\n}\n";
        assert_eq!(
            super::css(css),
            "main .x,.y{color: red;margin: 0 auto;}@media (min-width: 40em){a:hover{x: 1}}"
        );
    }

    #[test]
    fn shipped_script_has_no_multiline_string() {
        // Trimming lines is only safe while no string or template spans lines.
        let script = include_str!("../../static/search.js");
        assert!(
            !script.contains('`'),
            "a template literal: js() may not trim it"
        );
        let packed = js("// c\nfunction f() {\n    return 1; // one\n}\n\n");
        assert_eq!(packed, "function f() {\nreturn 1; // one\n}");
    }

    #[test]
    fn html_keeps_pre_and_rtl_links() {
        let page = "<p>a</p>\n<pre>x\n<b>y</b>\n</pre>\n<p><a href=\"u\" rel=\"external noopener noreferrer\" dir=\"ltr\">u</a>\n<em>v</em></p>\n<ul>\n<li>b</li>\n</ul>";
        assert_eq!(
            html(page, true),
            "<p>a</p>\n<pre>x\n<b>y</b>\n</pre>\n<p><a href=\"u\">u</a>\n<em>v</em><ul><li>b</ul>"
        );
        assert!(html(page, false).contains("<a href=\"u\" dir=\"ltr\">"));
        // End tags stay where the element does not end by itself.
        assert_eq!(
            html("<p>a</p>\n<span>b</span>", true),
            "<p>a</p><span>b</span>"
        );
        assert_eq!(html("<li>a</li><p>b</p>", true), "<li>a</li><p>b</p>");
    }
}
