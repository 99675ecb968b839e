//! `cargo bench --bench search`: how well search answers the reader questions in
//! `tests/search-queries.json` (precision at 1, mean reciprocal rank and the misses, per locale,
//! for the server's ranking and for the offline script `static/search.js` run under node, and
//! whether the two agree), then query latency and the size of each locale's offline index
//! against its single-file copy. A measurement, printed; nothing here asserts a time.

use std::collections::BTreeMap;
use std::process::Command;
use std::time::Instant;

use paso::date::Date;
use paso::render::RenderOptions;
use paso::render::urls::LinkStyle;
use paso::search::Outcome;
use paso::source::Source;

/// Per locale: the questions, each with the expected slug and anchor.
type Table = BTreeMap<String, Vec<(String, String, Option<String>)>>;

fn table() -> Table {
    let v: serde_json::Value =
        serde_json::from_str(include_str!("../tests/search-queries.json")).expect("valid JSON");
    let mut out = Table::new();
    for (locale, rows) in v.as_object().expect("an object") {
        if locale == "_" {
            continue;
        }
        for row in rows.as_array().expect("rows") {
            let s = |i: usize| row.get(i).and_then(|v| v.as_str()).map(str::to_string);
            out.entry(locale.clone()).or_default().push((
                s(0).expect("a query"),
                s(1).expect("a slug"),
                s(2),
            ));
        }
    }
    out
}

/// Scores of one locale: P@1, MRR, section hits where asked, the misses.
#[derive(Default)]
struct Score {
    n: usize,
    first: usize,
    rr: f64,
    sections: (usize, usize),
    misses: Vec<String>,
}

impl Score {
    fn add(&mut self, query: &str, want: &(String, Option<String>), got: &[(String, String)]) {
        self.n += 1;
        let rank = got.iter().position(|(slug, _)| *slug == want.0);
        if rank == Some(0) {
            self.first += 1;
        } else {
            let top = got.first().map_or("(nothing)", |(s, _)| s.as_str());
            self.misses
                .push(format!("{query:?} → {top}, want {}", want.0));
        }
        self.rr += rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
        if let Some(anchor) = &want.1 {
            self.sections.1 += 1;
            if got
                .first()
                .is_some_and(|(s, a)| *s == want.0 && a == anchor)
            {
                self.sections.0 += 1;
            }
        }
    }
    fn p1(&self) -> f64 {
        self.first as f64 / self.n.max(1) as f64
    }
    fn mrr(&self) -> f64 {
        self.rr / self.n.max(1) as f64
    }
}

fn main() {
    let opts = RenderOptions::new(LinkStyle::Pretty, Date::today());
    let (site, _) = paso::compile(&Source::embedded(), opts).expect("the shipped guide compiles");
    let table = table();
    // `Q=… L=en cargo bench --bench search`: one query's ranking, with scores.
    if let (Ok(q), Ok(l)) = (std::env::var("Q"), std::env::var("L")) {
        if let Outcome::Hits(hits) = site.search[&l].index.search(&q) {
            for h in hits.iter().take(6) {
                println!("{:>8.3} {} #{}", h.score, h.slug, h.anchor);
            }
        }
        return;
    }

    // The server's ranking.
    let mut server: BTreeMap<(String, String), Vec<(String, String)>> = BTreeMap::new();
    for (locale, rows) in &table {
        let index = &site.search[locale].index;
        for (q, _, _) in rows {
            let got = match index.search(q) {
                Outcome::Hits(h) => h.into_iter().map(|h| (h.slug, h.anchor)).collect(),
                _ => Vec::new(),
            };
            server.insert((locale.clone(), q.clone()), got);
        }
    }
    // The offline script's, under node, on the indexes the export ships.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("search-eval");
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    for locale in table.keys() {
        let json = site.search[locale].index.to_json(true);
        std::fs::write(dir.join(format!("{locale}.json")), json).expect("index written");
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let offline = Command::new("node")
        .arg(format!("{root}/bench/search-offline.mjs"))
        .arg(&dir)
        .arg(format!("{root}/tests/search-queries.json"))
        .output();
    let mut script: BTreeMap<(String, String), Vec<(String, String)>> = BTreeMap::new();
    match offline {
        Ok(out) if out.status.success() => {
            for line in String::from_utf8_lossy(&out.stdout).lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                let list = |k: &str| -> Vec<String> {
                    v[k].as_array()
                        .expect("a list")
                        .iter()
                        .map(|s| s.as_str().unwrap_or("").to_string())
                        .collect()
                };
                let got = list("slugs").into_iter().zip(list("anchors")).collect();
                let key = (
                    v["locale"].as_str().unwrap().to_string(),
                    v["query"].as_str().unwrap().to_string(),
                );
                script.insert(key, got);
            }
        }
        Ok(out) => eprintln!(
            "offline script failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => eprintln!("node not found ({e}): the offline column is empty"),
    }

    println!(
        "{:<8} {:>4} {:>9} {:>9} {:>9} {:>9} {:>9} {:>8}",
        "locale", "n", "P@1 srv", "MRR srv", "P@1 js", "MRR js", "sections", "agree"
    );
    let mut all_misses = Vec::new();
    let mut disagree = Vec::new();
    for (locale, rows) in &table {
        let (mut s, mut j) = (Score::default(), Score::default());
        let mut agree = 0;
        for (q, slug, anchor) in rows {
            let key = (locale.clone(), q.clone());
            let want = (slug.clone(), anchor.clone());
            let a = &server[&key];
            let b = script.get(&key).cloned().unwrap_or_default();
            s.add(q, &want, a);
            j.add(q, &want, &b);
            let order =
                |v: &[(String, String)]| v.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>();
            if order(a) == order(&b) {
                agree += 1;
            } else {
                disagree.push(format!(
                    "{locale} {q:?}: server {:?}, script {:?}",
                    order(a),
                    order(&b)
                ));
            }
        }
        println!(
            "{locale:<8} {:>4} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>9} {:>8}",
            s.n,
            s.p1(),
            s.mrr(),
            j.p1(),
            j.mrr(),
            format!("{}/{}", s.sections.0, s.sections.1),
            format!("{agree}/{}", s.n)
        );
        all_misses.extend(s.misses.iter().map(|m| format!("{locale} {m}")));
    }
    println!();
    println!("misses (server):");
    for m in &all_misses {
        println!("  {m}");
    }
    println!("server and script disagree on order: {}", disagree.len());
    for d in disagree.iter().take(20) {
        println!("  {d}");
    }

    println!();
    println!("{:<8} {:>10} {:>10}", "locale", "median µs", "p99 µs");
    for (locale, rows) in &table {
        let index = &site.search[locale].index;
        let mut times: Vec<f64> = Vec::new();
        for (q, _, _) in rows {
            for _ in 0..50 {
                let t = Instant::now();
                std::hint::black_box(index.search(std::hint::black_box(q)));
                times.push(t.elapsed().as_secs_f64() * 1e6);
            }
        }
        times.sort_by(f64::total_cmp);
        let at = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
        println!("{locale:<8} {:>10.1} {:>10.1}", at(0.5), at(0.99));
    }
    println!();
    println!(
        "{:<8} {:>12} {:>14} {:>8}",
        "locale", "index bytes", "single-file", "share"
    );
    for locale in &site.locales {
        let single = site
            .get(&format!("{locale}/paso-{locale}.html"))
            .expect("single file");
        let body = single.body();
        let text = std::str::from_utf8(&body).expect("UTF-8");
        let start = text.find("<script>").expect("inline script") + "<script>".len();
        let index = text[start..].find('\n').expect("index line");
        let rest = text.len() - index;
        println!(
            "{locale:<8} {index:>12} {rest:>14} {:>7.1}%",
            index as f64 / rest as f64 * 100.0
        );
    }
}
