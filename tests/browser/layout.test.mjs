// The phone-first layout, measured at 360×800 (a small Android phone): every article's
// "In short" is on the first screen in every locale, every control is a thumb-sized target
// (WCAG 2.2 target size, 44×44 px, with the inline-link exemption), and the first screen of
// each page is saved under target/screenshots/ for a person to look at.
import { test } from "node:test";
import * as hooks from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { suite, recordedPage, locales, root } from "./harness.mjs";

const state = suite(hooks, { exportSite: false });
const shots = path.join(root, "target/screenshots");
mkdirSync(shots, { recursive: true });
const slugs = readdirSync(path.join(root, "content/en"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => f.slice(0, -3));
const PHONE = { width: 360, height: 800 };

/**
 * Every visible control on the page smaller than 44×44 px and not exempt. Exempt (WCAG 2.5.8):
 * a link inside a sentence, i.e. displayed inline in a block that has text besides the link,
 * and anything hidden (a closed menu, the skip link until it is focused).
 */
function smallTargets(page) {
  return page.evaluate(() => {
    const problems = [];
    const controls = document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]");
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
      if (box.bottom + window.scrollY <= 0) continue; // off-screen until focused (skip link)
      if (box.width >= 43.5 && box.height >= 43.5) continue;
      if (style.display === "inline") {
        let block = el.parentElement;
        while (block && getComputedStyle(block).display === "inline") block = block.parentElement;
        const own = el.textContent.trim().length;
        const around = (block ? block.textContent : "").trim().length;
        if (around > own + 2) continue; // a link in a sentence
      }
      const name = `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ").join(".") : ""}`;
      problems.push(`${name} "${el.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return problems;
  });
}

for (const locale of locales) {
  test(`${locale}: every article has "In short" on the first 360×800 screen, and thumb-sized controls`, async () => {
    const { context, page } = await recordedPage(state.browser, { viewport: PHONE });
    const problems = [];
    for (const slug of slugs) {
      const url = `${state.server.url}${locale}/${slug}/`;
      const res = await page.goto(url);
      assert.equal(res.status(), 200, url);
      const top = await page.evaluate(() => {
        const h = document.getElementById("in-short");
        if (!h) return null;
        const box = h.getBoundingClientRect();
        return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
      });
      if (!top) problems.push(`${locale}/${slug}: no "In short" heading`);
      else if (top.bottom > PHONE.height) problems.push(`${locale}/${slug}: "In short" ends at ${Math.round(top.bottom)} px`);
      for (const p of await smallTargets(page)) problems.push(`${locale}/${slug}: ${p}`);
      await page.screenshot({ path: path.join(shots, `${locale}-${slug}.png`) });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** The other page types, in every locale: no control too small; first screens saved. */
for (const locale of locales) {
  test(`${locale}: every other page type has thumb-sized controls`, async () => {
    const { context, page } = await recordedPage(state.browser, { viewport: PHONE });
    const problems = [];
    const pages = {
      home: `${locale}/`,
      search: `${locale}/search/`,
      "search-results": `${locale}/search/?q=${encodeURIComponent({ ar: "صورة", "zh-Hans": "照片" }[locale] || "photo foto")}`,
      status: `${locale}/for/green-card/`,
      sources: `${locale}/sources/`,
      card: `${locale}/card/`,
      share: `${locale}/share/`,
      "not-found": `${locale}/no-such-page/`,
    };
    for (const [type, p] of Object.entries(pages)) {
      await page.goto(state.server.url + p);
      for (const x of await smallTargets(page)) problems.push(`${p}: ${x}`);
      await page.screenshot({ path: path.join(shots, `${locale}-page-${type}.png`) });
    }
    // The open menu, too: its links are targets.
    await page.goto(`${state.server.url}${locale}/`);
    await page.click(".menu summary");
    for (const x of await smallTargets(page)) problems.push(`${locale} menu: ${x}`);
    await page.screenshot({ path: path.join(shots, `${locale}-page-menu.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the search field spans the width with its button, and results read title, section, snippet", async () => {
  const { context, page } = await recordedPage(state.browser, { viewport: PHONE });
  for (const locale of ["en", "ar"]) {
    await page.goto(`${state.server.url}${locale}/search/?q=${encodeURIComponent(locale === "ar" ? "صورة" : "photo")}`);
    const field = await page.locator("#q").boundingBox();
    const button = await page.locator(".search-form button").boundingBox();
    const main = await page.locator("main").boundingBox();
    assert.ok(field.height >= 44 && button.height >= 44, `field ${field.height} px, button ${button.height} px tall`);
    assert.ok(field.width + button.width >= main.width - 2 * 16 - 12, `field and button span ${field.width + button.width} of ${main.width} px`);
    assert.ok(Math.abs(field.y - button.y) < 2, "the button sits beside the field");
    // The label does not touch its field.
    const label = await page.locator(".search-form label").boundingBox();
    assert.ok(field.y - (label.y + label.height) >= 4, `${locale}: label touches its field`);
    const hit = page.locator(".search-hits li").first();
    const title = await hit.locator("a").boundingBox();
    const section = await hit.locator(".hit-section").boundingBox();
    const snippet = await hit.locator(".snippet").boundingBox();
    assert.ok(section.y >= title.y + title.height - 1, "the section is under the title");
    assert.ok(snippet.y >= section.y + section.height - 1, "the snippet is under the section");
    assert.ok((await page.locator(".search-hits .snippet mark").count()) > 0, "matched words are marked");
  }
  await context.close();
});

test("the language choice shows all seven languages on the first screen, heading in every language", async () => {
  const { context, page } = await recordedPage(state.browser, { viewport: PHONE });
  await page.goto(state.server.url + "index.html");
  await page.screenshot({ path: path.join(shots, "landing.png") });
  const boxes = await page.$$eval(".language-choice a", (els) =>
    els.map((a) => ({ lang: a.getAttribute("hreflang"), bottom: a.getBoundingClientRect().bottom })));
  assert.deepEqual(boxes.map((b) => b.lang).sort(), [...locales].sort());
  for (const b of boxes) assert.ok(b.bottom <= PHONE.height, `${b.lang} ends at ${b.bottom} px`);
  const headingLangs = await page.$$eval("h1 [lang]", (els) => els.map((e) => e.getAttribute("lang")));
  assert.deepEqual(headingLangs.sort(), [...locales].sort());
  await context.close();
});

test("the retention table reads as stacked cards on a phone, with no sideways scroll", async () => {
  const { context, page } = await recordedPage(state.browser, { viewport: PHONE });
  await page.goto(`${state.server.url}en/what-is-kept/`);
  const table = page.locator(".content table").first();
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, "en-what-is-kept-table.png") });
  const { scroll, client, display, label } = await page.evaluate(() => {
    const wrap = document.querySelector(".content .table-wrap");
    const cell = wrap.querySelector("tbody td:nth-child(2)");
    return {
      scroll: wrap.scrollWidth, client: wrap.clientWidth,
      display: getComputedStyle(wrap.querySelector("tbody tr")).display,
      label: getComputedStyle(cell, "::before").content,
    };
  });
  assert.equal(display, "block", "each row is a card");
  assert.ok(scroll <= client, `the table scrolls sideways: ${scroll} > ${client}`);
  assert.notEqual(label, "none", "each cell shows its column's name");
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), PHONE.width);
  await context.close();
});

test("quick exit stays in the same place on every page, kiosk mode included", async () => {
  const { startServer } = await import("./harness.mjs");
  const kiosk = await startServer(["--kiosk"]);
  try {
    for (const [base, viewport] of [[state.server.url, PHONE], [kiosk.url, { width: 1080, height: 1920 }]]) {
      const { context, page } = await recordedPage(state.browser, { viewport });
      const seen = new Map();
      for (const locale of ["en", "ar"]) {
        for (const p of [`${locale}/`, `${locale}/what-is-kept/`, `${locale}/search/`, `${locale}/card/`, `${locale}/sources/`]) {
          await page.goto(base + p);
          const box = await page.locator(".quick-exit").boundingBox();
          // The end edge (right in English, left in Arabic) and the top do not move.
          const edge = locale === "ar" ? Math.round(box.x) : Math.round(box.x + box.width);
          const key = `${locale}`;
          const where = `${edge},${Math.round(box.y)}`;
          if (!seen.has(key)) seen.set(key, where);
          assert.equal(where, seen.get(key), `${base}${p}: quick exit moved`);
        }
      }
      if (base === kiosk.url) await page.screenshot({ path: path.join(shots, "kiosk-en-sources.png") });
      await context.close();
    }
  } finally {
    kiosk.stop();
  }
});

test("the single-file copy has quick exit at the top, which leaves the guide", async () => {
  const { buildExport } = await import("./harness.mjs");
  const { pathToFileURL } = await import("node:url");
  const out = buildExport();
  const { context, page } = await recordedPage(state.browser, { viewport: PHONE });
  await context.setOffline(true);
  await page.goto(pathToFileURL(path.join(out, "en/paso-en.html")).href);
  await page.screenshot({ path: path.join(shots, "en-single-file.png") });
  const box = await page.locator(".quick-exit").boundingBox();
  assert.ok(box.y < 60 && box.height >= 44 && box.width >= 44, JSON.stringify(box));
  for (const p of await smallTargets(page)) assert.fail(`single file: ${p}`);
  await page.click(".quick-exit");
  await page.waitForURL("about:blank");
  await context.close();
});
