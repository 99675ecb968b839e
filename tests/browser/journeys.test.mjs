// End-to-end journeys, each independent: what a reader does, in a real browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launch, startServer, recordedPage, suite } from "./harness.mjs";

const state = suite({ before, after });

test("first visit with Accept-Language es-MX lands on Spanish", async () => {
  const { context, page } = await recordedPage(state.browser, { extraHTTPHeaders: { "Accept-Language": "es-MX,es;q=0.9" } });
  await page.goto(state.server.url);
  assert.match(page.url(), /\/es\/$/);
  assert.equal(await page.getAttribute("html", "lang"), "es");
  await context.close();
});

test("switching to Arabic gives a right-to-left page", async () => {
  const { context, page } = await recordedPage(state.browser);
  await page.goto(state.server.url + "en/photo-opt-out/");
  // The languages are in the one menu.
  await page.click(".menu summary");
  await page.click('.lang-switcher a[lang="ar"]');
  await page.waitForURL(/\/ar\/photo-opt-out\/$/);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  // Mirrored: the brand sits at the right edge, the quick exit at the left.
  const brand = await page.locator(".brand").boundingBox();
  const exit = await page.locator(".quick-exit").boundingBox();
  assert.ok(brand.x > exit.x, `brand at ${brand.x}, quick exit at ${exit.x}`);
  await context.close();
});

test("an article's table of contents works and sources are marked external", async () => {
  const { context, page } = await recordedPage(state.browser);
  await page.goto(state.server.url + "en/leaving-by-land/");
  // The contents wait behind a disclosure, so "In short" stays on the first screen.
  await page.click(".toc summary");
  const link = page.locator(".toc a").nth(2);
  const target = (await link.getAttribute("href")).slice(1);
  await link.click();
  assert.equal(new URL(page.url()).hash, "#" + target);
  assert.ok(await page.locator(`[id="${target}"]`).isVisible());
  const source = page.locator(".sources a").first();
  assert.match(await source.getAttribute("href"), /^https:\/\//);
  assert.equal(await source.getAttribute("rel"), "external noopener noreferrer");
  await context.close();
});

test("the single-file copy opens from file:// with the network off and navigates", async () => {
  const { context, page, record } = await recordedPage(state.browser);
  await context.setOffline(true);
  const file = pathToFileURL(path.join(state.exportDir, "en/paso-en.html")).href;
  await page.goto(file);
  assert.match(await page.title(), /Paso/);
  await page.click('.toc a[href="#a-what-is-kept"]');
  assert.ok(await page.locator("#a-what-is-kept h2").isVisible());
  assert.ok(await page.locator("#a-what-is-kept table").count() > 0);
  assert.deepEqual(record.requests.filter((u) => !u.startsWith("file://")), []);
  assert.deepEqual(record.requests, [file]);
  await context.close();
});

test("the static export navigates from file://", async () => {
  const { context, page, record } = await recordedPage(state.browser);
  await page.goto(pathToFileURL(path.join(state.exportDir, "index.html")).href);
  await page.click('.language-choice a[hreflang="fr"]');
  assert.match(page.url(), /\/fr\/index\.html$/);
  await page.click(".article-list a >> nth=0");
  assert.match(page.url(), /\/fr\/leaving-by-land\/index\.html$/);
  await page.click(".pager a.next");
  assert.match(page.url(), /\/fr\/photo-opt-out\/index\.html$/);
  await page.click(".menu summary");
  await page.click(".site-nav a >> nth=0");
  assert.match(page.url(), /\/fr\/index\.html$/);
  assert.deepEqual(record.errors, []);
  assert.ok(record.requests.every((u) => u.startsWith("file://")), record.requests.join("\n"));
  await context.close();
});

test("quick exit replaces the page in the tab's history", async () => {
  const { context, page } = await recordedPage(state.browser);
  await page.goto(state.server.url + "en/");
  await page.click('.article-list a[href$="photo-opt-out/"]');
  await page.waitForURL(/photo-opt-out\/$/);
  await page.click(".quick-exit");
  await page.waitForURL(/exit\.html$/);
  assert.equal(await page.title(), "New Tab");
  await page.goBack();
  assert.doesNotMatch(page.url(), /photo-opt-out/, "the article is gone from history");
  await context.close();
});

test("a printed article has no navigation", async () => {
  const { context, page } = await recordedPage(state.browser);
  await page.goto(state.server.url + "en/photo-opt-out/");
  const dir = mkdtempSync(path.join(tmpdir(), "paso-pdf-"));
  const pdf = path.join(dir, "article.pdf");
  await page.pdf({ path: pdf, format: "Letter" });
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  assert.match(text, /Saying no to the photo/);
  for (const nav of ["Quick exit", "Skip to content", "Rights card", "On this page", "Save this guide"]) {
    assert.ok(!text.includes(nav), `printed page shows "${nav}"`);
  }
  assert.match(text, /https:\/\/www\.cbp\.gov/, "links print their addresses");
  await context.close();
});

test("a kiosk goes back to the language choice when idle", async () => {
  const kiosk = await startServer(["--kiosk", "--kiosk-idle", "30"]);
  try {
    const { context, page } = await recordedPage(state.browser);
    await page.clock.install();
    await page.goto(kiosk.url + "es/photo-opt-out/");
    assert.equal(await page.locator('a[href^="https://"]').count(), 0, "nothing leaves the kiosk");
    await page.clock.fastForward(29_000);
    assert.match(page.url(), /photo-opt-out/);
    await page.clock.fastForward(2_000);
    await page.waitForURL(/\/index\.html$/);
    await context.close();
  } finally {
    kiosk.stop();
  }
});

test("on a secure page the reader can keep the guide offline; nothing is stored before", async () => {
  const own = await startServer();
  const { context, page } = await recordedPage(state.browser);
  try {
    await page.goto(own.url + "ht/");
    assert.deepEqual(await page.evaluate(() => caches.keys()), [], "no storage before the reader asks");
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
    const button = page.locator("[data-keep-offline]");
    assert.ok(await button.isVisible(), "localhost is a secure context: the button shows");
    await button.click();
    // The button says so once the worker has stored every page of the reader's language.
    await page.waitForSelector("[data-keep-offline][data-stored]");
    assert.equal((await button.textContent()).trim(), "Gid la sove sou aparèy sa a pou w li l san entènèt.");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The server goes away, as the signal does at the border: the stored pages still open.
    own.stop();
    await new Promise((resolve) => own.child.once("exit", resolve));
    await page.goto(own.url + "ht/what-is-kept/");
    assert.equal(await page.getAttribute("html", "lang"), "ht");
    assert.ok((await page.locator("table").count()) > 0);
  } finally {
    own.stop();
    await context.close();
  }
});

test("on plain http from another address the offline button stays hidden", async () => {
  // A hotspot address is not a secure context; map a name to this machine's loopback to get one.
  const lanBrowser = await launch(["--host-resolver-rules=MAP hotspot.test 127.0.0.1"]);
  try {
    const { context, page } = await recordedPage(lanBrowser);
    await page.goto(state.server.url.replace("127.0.0.1", "hotspot.test") + "en/");
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    assert.equal(await page.locator("[data-keep-offline]").isVisible(), false);
    assert.ok(await page.locator('a[download="paso-en.html"]').isVisible(), "the single file is offered instead");
    await context.close();
  } finally {
    await lanBrowser.close();
  }
});
