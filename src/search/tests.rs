use super::*;
use text::Analyzer;

fn doc(slug: &str, title: &str, sections: &[(&str, &str, &str)]) -> Document {
    Document {
        slug: slug.into(),
        title: title.into(),
        sections: sections
            .iter()
            .map(|(a, h, t)| Section {
                anchor: a.to_string(),
                heading: h.to_string(),
                text: t.to_string(),
            })
            .collect(),
        questions: Vec::new(),
    }
}

fn index() -> Index {
    Index::build(
        "en",
        vec![
            doc(
                "exit",
                "Leaving by car",
                &[
                    ("", "", "What happens at the exit lane."),
                    (
                        "photo",
                        "The photo at the booth",
                        "A camera may take a photo.",
                    ),
                ],
            ),
            doc(
                "opt-out",
                "Saying no to the photo",
                &[
                    ("", "", "Who may opt out."),
                    (
                        "how",
                        "How to ask",
                        "Ask the officer to opt out of the photo and check your passport by hand.",
                    ),
                ],
            ),
            doc(
                "mexico",
                "Arriving in México",
                &[
                    ("", "", "Entering Mexico by land."),
                    ("fmm", "The FMM", "A form for visitors."),
                ],
            ),
            doc(
                "body",
                "Other things",
                &[("", "", "Some text mentions a photo once.")],
            ),
            doc(
                "far",
                "Far apart",
                &[("", "", "Opt and out far apart: opt in, then later out.")],
            ),
            doc("misc", "Miscellany", &[("", "", "Nothing here.")]),
        ],
    )
}

fn slugs(o: Outcome) -> Vec<String> {
    match o {
        Outcome::Hits(h) => h.into_iter().map(|h| h.slug).collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn title_beats_heading_beats_body() {
    let s = slugs(index().search("photo "));
    assert_eq!(s[0], "opt-out", "{s:?}"); // in the title
    assert_eq!(s[1], "exit", "{s:?}"); // in a heading
    assert_eq!(s.last().unwrap(), "body", "{s:?}"); // body only
}

#[test]
fn phrase_proximity_and_best_section() {
    let Outcome::Hits(h) = index().search("opt out photo") else {
        panic!()
    };
    assert_eq!(h[0].slug, "opt-out");
    assert_eq!(
        h[0].anchor, "how",
        "the section where the words stand together"
    );
    assert!(
        h[0].snippet.contains("<mark>opt</mark> <mark>out</mark>"),
        "{}",
        h[0].snippet
    );
}

#[test]
fn folding_and_stemming() {
    assert_eq!(slugs(index().search("mexico "))[0], "mexico");
    assert_eq!(slugs(index().search("MÉXICO "))[0], "mexico");
    assert_eq!(
        slugs(index().search("photos "))[0],
        "opt-out",
        "photos → photo"
    );
}

#[test]
fn prefix_of_the_word_being_typed() {
    assert_eq!(slugs(index().search("mexi"))[0], "mexico");
    assert_eq!(slugs(index().search("booth pho"))[0], "exit");
    // A finished word (space after it) is not a prefix.
    assert_eq!(index().search("mexi "), Outcome::Hits(vec![]));
}

#[test]
fn words_in_most_articles_are_left_out() {
    // "the" is in most articles: "the fmm" finds the FMM, not every article with "the".
    let idx = Index::build(
        "en",
        vec![
            doc("a", "The exit", &[("", "", "The lane.")]),
            doc("b", "The photo", &[("", "", "The camera.")]),
            doc("c", "The FMM", &[("", "", "The form.")]),
        ],
    );
    assert_eq!(slugs(idx.search("the fmm ")), ["c"]);
    // A query of common words alone still searches.
    assert_eq!(slugs(idx.search("the ")).len(), 3);
}

#[test]
fn hostile_queries_are_bounded_and_escaped() {
    let idx = index();
    assert_eq!(idx.search(""), Outcome::Empty);
    assert_eq!(idx.search("   !!! ,,, "), Outcome::Empty);
    assert_eq!(
        idx.search(&"a".repeat(MAX_QUERY_CHARS + 1)),
        Outcome::TooLong
    );
    assert!(matches!(idx.search("\u{0}\u{7}photo\u{1b}"), Outcome::Hits(h) if !h.is_empty()));
    let Outcome::Hits(h) = idx.search("<script>alert(1)</script> photo") else {
        panic!()
    };
    for hit in h {
        assert!(!hit.snippet.contains("<script"), "{}", hit.snippet);
    }
    // Many words: only the first ones count, and it stays fast.
    let long = "photo ".repeat(30);
    assert!(matches!(idx.search(&long), Outcome::Hits(_)));
}

#[test]
fn chinese_bigrams_match() {
    let idx = Index::build(
        "zh-Hans",
        vec![
            doc("kept", "保留多久", &[("", "", "数据保留的时间。")]),
            doc("photo", "拒绝拍照", &[("", "", "你可以拒绝。")]),
        ],
    );
    assert_eq!(slugs(idx.search("数据保留"))[0], "kept");
    assert_eq!(slugs(idx.search("拍照"))[0], "photo");
    assert_eq!(
        slugs(idx.search("照"))[0],
        "photo",
        "one character, as typed"
    );
}

#[test]
fn json_has_every_part() {
    let v: serde_json::Value = serde_json::from_str(&index().to_json(true)).unwrap();
    assert_eq!(v["a"].as_array().unwrap().len(), 6);
    let postings = v["p"].as_object().unwrap();
    let photo = Analyzer::for_locale("en").stem("photo");
    // "photo": section 1 (heading 1, body 1), then +2 → section 3 (body 1), then +3 → section 6.
    assert_eq!(postings[&photo], "1.1,2,3", "{postings:?}");
    assert!(
        v["t"][&photo]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!(1)),
        "title postings"
    );
    // "happens" stems to "happen": the script finds it through the forms map.
    assert!(
        v["f"]["happen"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("happens"))
    );
}

#[test]
fn string_table_finds_and_orders() {
    let t: Strings = ["", "ab", "abc", "b", "über"].into_iter().collect();
    assert_eq!(t.len(), 5);
    assert_eq!(t.iter().collect::<Vec<_>>(), ["", "ab", "abc", "b", "über"]);
    assert_eq!(t.find("abc"), Some(2));
    assert_eq!(t.find("über"), Some(4));
    assert_eq!(t.find("a"), None);
    assert_eq!(t.find("c"), None);
    assert_eq!(t.partition_point("a"), 1);
    assert_eq!(t.partition_point("ab"), 1);
    assert_eq!(t.partition_point("zz"), 4);
    assert_eq!(t.partition_point("ü"), 4);
    assert_eq!(Strings::default().find(""), None);
}

#[test]
#[should_panic(expected = "out of order")]
fn string_table_refuses_unsorted_input() {
    let _: Strings = ["b", "a"].into_iter().collect();
}
