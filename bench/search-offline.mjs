// Runs static/search.js (the export's offline search) under node, without a browser: reads
// each locale's index JSON and the question table, prints per question the ranked slugs as
// JSON lines {locale, query, slugs, anchors}. Used by `cargo bench --bench search` to score the
// offline script beside the server. Usage: node bench/search-offline.mjs <index-dir> <queries.json>
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const [dir, table] = process.argv.slice(2);
const script = readFileSync(path.join(root, "static/search.js"), "utf8");
const questions = JSON.parse(readFileSync(table, "utf8"));
delete questions._;

/** A page with just what the script touches: a search box and a results box. */
function page(data) {
  const el = () => ({ hidden: false, getAttribute: () => null, addEventListener() {}, value: "", form: null, innerHTML: "" });
  const input = el(), box = el();
  const window = { PASO_SEARCH: data };
  const document = {
    getElementById: (id) => (id === "q" ? input : id === "search-results" ? box : null),
    querySelector: () => null,
  };
  const ctx = { window, document, location: { search: "" }, URLSearchParams, setTimeout, clearTimeout };
  vm.createContext(ctx);
  vm.runInContext(script, ctx);
  return window.PASO_SEARCH_RUN;
}

for (const [locale, rows] of Object.entries(questions)) {
  const data = JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8"));
  const run = page(data);
  for (const [query] of rows) {
    const r = run(query);
    const hits = r.hits || [];
    console.log(JSON.stringify({
      locale,
      query,
      slugs: hits.map((h) => data.a[h.article][0]),
      anchors: hits.map((h) => data.s[h.section][1]),
    }));
  }
}
