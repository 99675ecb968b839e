// Audits of every page type in every locale: accessibility (axe-core), keyboard use, and
// privacy (no request leaves the Paso origin, no console error, no CSP violation).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { launch, startServer, recordedPage, locales, root } from "./harness.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One path per page type, for a locale. */
function pageTypes(locale) {
  return {
    home: `${locale}/`,
    article: `${locale}/photo-opt-out/`,
    table: `${locale}/what-is-kept/`,
    status: `${locale}/for/green-card/`,
    sources: `${locale}/sources/`,
    card: `${locale}/card/`,
    "card-print": `${locale}/card/print/`,
    share: `${locale}/share/`,
    search: `${locale}/search/`,
    "search-results": `${locale}/search/?q=photo+foto+${encodeURIComponent("صورة 照片")}`,
    "not-found": `${locale}/no-such-page/`,
  };
}

let browser, server, kiosk;
before(async () => {
  browser = await launch();
  server = await startServer(["--wifi-ssid", "Clinic", "--wifi-password", "secret"]);
  kiosk = await startServer(["--kiosk"]);
});
after(async () => {
  await browser?.close();
  server?.stop();
  kiosk?.stop();
});

/** axe-core's serious and critical violations on the loaded page (evaluated, so CSP allows it). */
async function axeProblems(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

for (const locale of locales) {
  test(`${locale}: every page type passes axe, stays on its origin, logs no error`, async () => {
    const { context, page, record } = await recordedPage(browser);
    const origin = new URL(server.url).origin;
    const problems = [];
    const paths = { landing: "index.html", ...pageTypes(locale) };
    for (const [type, p] of Object.entries(paths)) {
      record.requests.length = 0;
      record.errors.length = 0;
      const res = await page.goto(server.url + p);
      assert.equal(res.status(), type === "not-found" ? 404 : 200, p);
      for (const v of await axeProblems(page)) problems.push(`${p}: ${v}`);
      for (const u of record.requests) if (new URL(u).origin !== origin) problems.push(`${p}: request to ${u}`);
      for (const e of record.errors) if (!(type === "not-found" && /404/.test(e))) problems.push(`${p}: console: ${e}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("kiosk pages pass axe at the kiosk's larger size, colour contrast included", async () => {
  const { context, page } = await recordedPage(browser, { viewport: { width: 1080, height: 1920 } });
  const problems = [];
  for (const locale of ["en", "ar", "zh-Hans"]) {
    for (const p of [`${locale}/`, `${locale}/photo-opt-out/`, `${locale}/card/`]) {
      await page.goto(kiosk.url + p);
      for (const v of await axeProblems(page)) problems.push(`${p}: ${v}`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("keyboard: a skip link first, every control reachable in order, a visible focus ring", async () => {
  const { context, page } = await recordedPage(browser);
  await page.goto(server.url + "en/photo-opt-out/");
  // Number the visible controls in document order (links in the closed language menu are not
  // visible, so not expected).
  const count = await page.$$eval("a[href], button, summary", (els) =>
    els.filter((e) => e.checkVisibility()).map((e, i) => e.setAttribute("data-kb", String(i))).length);
  assert.ok(count > 30, `${count} controls`);
  const reached = [];
  for (let i = 0; i < count + 3; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const e = document.activeElement;
      const style = getComputedStyle(e);
      return { kb: e.getAttribute("data-kb"), html: e.outerHTML.slice(0, 60), outline: style.outlineStyle, width: style.outlineWidth };
    });
    if (i === 0) assert.match(info.html, /class="skip"/, "the first Tab reaches the skip link");
    if (info.kb === null) break; // past the last control
    reached.push(Number(info.kb));
    assert.notEqual(info.outline, "none", `no focus ring on ${info.html}`);
    assert.notEqual(info.width, "0px", `no focus ring on ${info.html}`);
  }
  assert.deepEqual(reached, [...Array(count).keys()], "Tab visits every control once, in document order");
  // The skip link moves focus to the main content.
  await page.goto(server.url + "en/photo-opt-out/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "main");
  await context.close();
});

test("screenshots of an article at phone size, for a person to look at", async () => {
  const dir = path.join(root, "target/screenshots");
  mkdirSync(dir, { recursive: true });
  const { context, page } = await recordedPage(browser, { viewport: { width: 360, height: 800 } });
  for (const locale of ["en", "ar", "zh-Hans"]) {
    await page.goto(server.url + `${locale}/photo-opt-out/`);
    await page.screenshot({ path: path.join(dir, `article-${locale}.png`) });
  }
  await context.close();
});
