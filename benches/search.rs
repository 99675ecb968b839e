//! `cargo bench --bench search`: query latency of the server's search and the size of each
//! locale's offline index against its single-file copy. A measurement, printed; nothing here
//! asserts a time.

use std::time::Instant;

use paso::date::Date;
use paso::render::RenderOptions;
use paso::render::urls::LinkStyle;
use paso::source::Source;

fn main() {
    let opts = RenderOptions::new(LinkStyle::Pretty, Date::today());
    let (site, _) = paso::compile(&Source::embedded(), opts).expect("the shipped guide compiles");
    let table: serde_json::Value =
        serde_json::from_str(include_str!("../tests/search-queries.json")).expect("valid JSON");
    println!(
        "{:<8} {:<32} {:>10} {:>10}",
        "locale", "query", "median µs", "p99 µs"
    );
    for (locale, rows) in table.as_object().expect("an object") {
        if locale == "_" {
            continue;
        }
        let index = &site.search[locale].index;
        for row in rows.as_array().expect("rows") {
            let q = row[0].as_str().expect("a query");
            let mut times: Vec<f64> = (0..300)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(index.search(std::hint::black_box(q)));
                    t.elapsed().as_secs_f64() * 1e6
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!(
                "{locale:<8} {q:<32} {:>10.1} {:>10.1}",
                times[150], times[296]
            );
        }
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
