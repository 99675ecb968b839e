// The peer run of bench/search-peer.sh: the reader questions (tests/search-queries.json) asked
// of Paso's offline search and of Pagefind, both on the same static export, and the two tables
// printed side by side (P@1, MRR, misses per locale). Paso's script and index are the export's
// own files, run under node exactly as the browser runs them (the server ranks the same: see
// `cargo bench --bench search`); Pagefind runs in headless Chromium over a loopback HTTP
// server, as a site would use it. Usage: node bench/search-peer.mjs <export-dir>
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const site = path.resolve(process.argv[2]);
const table = JSON.parse(readFileSync(path.join(root, "tests/search-queries.json"), "utf8"));
delete table._;
const chromiumPath = "/usr/bin/chromium";

/** Paso: the export's search page's two scripts (index, search.js), run with a stub page. */
function pasoRunner(locale) {
  const html = readFileSync(path.join(site, locale, "search/index.html"), "utf8");
  const srcs = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
  const file = (src) => readFileSync(path.join(site, locale, "search", src), "utf8");
  const index = srcs.find((s) => /search\/index\.[0-9a-f]+\.js$|index\.[0-9a-f]+\.js$/.test(s));
  const script = srcs.find((s) => /search(\.[0-9a-f]+)?\.js$/.test(s) && s !== index);
  const el = () => ({ hidden: false, getAttribute: () => null, addEventListener() {}, value: "", form: null, innerHTML: "" });
  const input = el(), box = el();
  const window = {};
  const document = {
    getElementById: (id) => (id === "q" ? input : id === "search-results" ? box : null),
    querySelector: () => null,
  };
  const ctx = { window, document, location: { search: "" }, URLSearchParams, setTimeout, clearTimeout };
  vm.createContext(ctx);
  vm.runInContext(file(index), ctx);
  vm.runInContext(file(script), ctx);
  const data = window.PASO_SEARCH;
  return (q) => (window.PASO_SEARCH_RUN(q).hits || []).map((h) => data.a[h.article][0]);
}

/** A static file server for the export, on 127.0.0.1 only. */
function serve() {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = path.join(site, url);
    if (!file.startsWith(site)) { res.writeHead(403).end(); return; }
    if (url.endsWith("/")) file = path.join(file, "index.html");
    if (!existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

function score(rows, answers) {
  let first = 0, rr = 0;
  const misses = [];
  rows.forEach(([q, want], i) => {
    const got = answers[i];
    const r = got.indexOf(want);
    if (r === 0) first++;
    else misses.push(`${JSON.stringify(q)} → ${got[0] || "(nothing)"}, want ${want}`);
    rr += r < 0 ? 0 : 1 / (r + 1);
  });
  return { n: rows.length, p1: first / rows.length, mrr: rr / rows.length, misses };
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const results = {};
try {
  for (const [locale, rows] of Object.entries(table)) {
    const paso = pasoRunner(locale);
    const pasoAnswers = rows.map(([q]) => paso(q));
    // A blank page in the locale's language: Pagefind picks the index by <html lang>.
    writeFileSync(path.join(site, `peer-${locale}.html`), `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>peer</title></head><body></body></html>`);
    const page = await browser.newPage();
    await page.goto(`${base}peer-${locale}.html`);
    const pfAnswers = await page.evaluate(async (queries) => {
      const pagefind = await import("/pagefind/pagefind.js");
      await pagefind.init();
      const out = [];
      for (const q of queries) {
        const r = await pagefind.search(q);
        const data = await Promise.all(r.results.slice(0, 13).map((x) => x.data()));
        out.push(data.map((d) => d.url.split("/").filter(Boolean)[1] || ""));
      }
      return out;
    }, rows.map(([q]) => q));
    await page.close();
    results[locale] = { paso: score(rows, pasoAnswers), pagefind: score(rows, pfAnswers) };
  }
} finally {
  await browser.close();
  server.close();
}

const f = (x) => x.toFixed(3).padStart(7);
console.log(`${"".padEnd(9)}${"Paso".padEnd(27)}| Pagefind`);
console.log(`${"locale".padEnd(8)} ${"n".padStart(3)} ${"P@1".padStart(7)} ${"MRR".padStart(7)} ${"misses".padStart(7)} | ${"P@1".padStart(7)} ${"MRR".padStart(7)} ${"misses".padStart(7)}`);
for (const [locale, { paso, pagefind }] of Object.entries(results)) {
  console.log(`${locale.padEnd(8)} ${String(paso.n).padStart(3)} ${f(paso.p1)} ${f(paso.mrr)} ${String(paso.misses.length).padStart(7)} | ${f(pagefind.p1)} ${f(pagefind.mrr)} ${String(pagefind.misses.length).padStart(7)}`);
}
for (const who of ["paso", "pagefind"]) {
  console.log(`\nmisses (${who}):`);
  for (const [locale, r] of Object.entries(results)) for (const m of r[who].misses) console.log(`  ${locale} ${m}`);
}
