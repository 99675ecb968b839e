// Read aloud (issue 16): the Listen control appears only when the device has an on-device
// voice for the page's language, reads paragraph by paragraph with the current one
// highlighted, pauses, resumes and stops, is reachable by keyboard, passes axe, and sends
// nothing anywhere. Headless Chromium has no voices, so an init script stands in for
// speechSynthesis and records what the page asks it to say.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launch, startServer, recordedPage } from "./harness.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** A page whose speechSynthesis offers `voices` ([{lang, localService}]) and records calls. */
async function withVoices(voices, options = {}) {
  const opened = await recordedPage(browser, options);
  await opened.page.addInitScript((voices) => {
    const log = [];
    const queue = [];
    window.__speech = { log, queue, finish() { const u = queue.shift(); if (u && u.onend) u.onend({}); } };
    window.SpeechSynthesisUtterance = function (text) { this.text = text; };
    const synth = {
      getVoices: () => voices.map((v, i) => ({ name: `voice ${i}`, default: i === 0, voiceURI: `v${i}`, ...v })),
      speak(u) { log.push(["speak", u.text, u.lang]); queue.push(u); },
      pause() { log.push(["pause"]); },
      resume() { log.push(["resume"]); },
      cancel() { log.push(["cancel"]); queue.length = 0; },
      addEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  }, voices);
  return opened;
}

const article = "en/photo-opt-out/";
const control = ".listen";

test("hidden without a voice for the page's language, or with only a network voice", async () => {
  for (const [voices, path] of [
    [[], article],
    [[{ lang: "en-US", localService: false }], article],
    [[{ lang: "en-US", localService: true }], "es/photo-opt-out/"],
  ]) {
    const { context, page } = await withVoices(voices);
    await page.goto(server.url + path);
    assert.equal(await page.isVisible(control), false, `${JSON.stringify(voices)} on ${path}`);
    await context.close();
  }
});

test("hidden without JavaScript", async () => {
  const { context, page } = await recordedPage(browser, { javaScriptEnabled: false });
  await page.goto(server.url + article);
  assert.equal(await page.locator(control).count(), 1);
  assert.equal(await page.isVisible(control), false);
  await context.close();
});

test("shown with an on-device voice: reads block by block, pauses, resumes, stops", async () => {
  const { context, page, record } = await withVoices([{ lang: "es-MX", localService: true }, { lang: "en-US", localService: true }]);
  await page.goto(server.url + article);
  assert.equal(await page.isVisible(control), true);
  assert.equal(await page.isVisible(".listen-stop"), false);
  const play = page.locator(".listen-play");
  assert.equal(await play.textContent(), "Listen");
  await play.click();
  const h1 = (await page.textContent("article h1")).trim();
  let log = await page.evaluate(() => window.__speech.log);
  assert.deepEqual(log.filter((c) => c[0] === "speak"), [["speak", h1, "en-US"]]);
  assert.equal((await page.textContent(".listen-current")).trim(), h1);
  assert.equal(await play.getAttribute("aria-pressed"), "true");
  assert.equal(await play.textContent(), "Pause");
  // The first block ends: the next one (the summary) is read and highlighted.
  await page.evaluate(() => window.__speech.finish());
  const lead = (await page.textContent("article .lead")).trim();
  assert.equal((await page.textContent(".listen-current")).trim(), lead);
  await play.click();
  assert.equal(await play.textContent(), "Resume");
  await play.click();
  assert.equal(await play.textContent(), "Pause");
  log = await page.evaluate(() => window.__speech.log.map((c) => c[0]));
  assert.ok(log.includes("pause") && log.indexOf("resume") > log.indexOf("pause"), log.join());
  await page.click(".listen-stop");
  assert.equal(await page.locator(".listen-current").count(), 0);
  assert.equal(await play.textContent(), "Listen");
  assert.equal(await page.isVisible(".listen-stop"), false);
  assert.equal(await page.evaluate(() => document.activeElement.className), "listen-play");
  // Nothing left the page's origin.
  const origin = new URL(server.url).origin;
  assert.deepEqual(record.requests.filter((u) => !u.startsWith(origin)), []);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("keyboard: Tab reaches Listen, Enter starts, Escape stops", async () => {
  const { context, page } = await withVoices([{ lang: "en", localService: true }]);
  await page.goto(server.url + article);
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement.classList.contains("listen-play"));
  }
  assert.ok(reached, "Listen is in the tab order");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(".listen-current").count(), 1);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator(".listen-current").count(), 0);
  await context.close();
});

test("zh-Hans uses a zh-CN voice; axe passes with the control shown", async () => {
  const { context, page } = await withVoices([{ lang: "zh-CN", localService: true }]);
  for (const path of ["zh-Hans/photo-opt-out/", "zh-Hans/what-is-kept/"]) {
    await page.goto(server.url + path);
    assert.equal(await page.isVisible(control), true, path);
    await page.click(".listen-play");
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    assert.deepEqual(bad, [], path);
  }
  await context.close();
});
