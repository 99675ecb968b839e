//! Local contacts with hours and notes per language: each page shows its own language's text,
//! or the English one where there is none; a plain string still works for every language.

use paso::render::urls::LinkStyle;

use crate::harness;

#[test]
fn hours_and_notes_in_the_page_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    std::fs::write(
        dir.path().join("content/local.toml"),
        r#"[[contacts]]
name = "Clinic"
hours = { en = "Mon-Fri 9-5", es = "lun-vie 9-17" }
note = { en = "Walk in.", es = "Sin cita." }

[[contacts]]
name = "Hotline"
hours = "24/7"
"#,
    )
    .unwrap();
    let source = harness::fixture("basic")
        .overlaid_with(dir.path())
        .expect("readable");
    let site = harness::compile(&source, LinkStyle::Pretty);
    let en = harness::page(&site, "en/index.html");
    let es = harness::page(&site, "es/index.html");
    assert!(
        en.contains("Mon-Fri 9-5") && en.contains("Walk in."),
        "{en}"
    );
    assert!(!en.contains("lun-vie"));
    assert!(
        es.contains("lun-vie 9-17") && es.contains("Sin cita."),
        "{es}"
    );
    assert!(!es.contains("Mon-Fri 9-5") && !es.contains("Walk in."));
    assert!(en.contains("24/7") && es.contains("24/7"));
}
