// `paso preview` in a real browser: a save reloads the open page by itself, a mistake shows the
// problems panel (no CSP violation: the script is a file), and the fix clears it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bin, root, launch, recordedPage } from "./harness.mjs";

const state = {};

function startPreview(dir) {
  const child = spawn(bin, ["preview", "--addr", "127.0.0.1:0", "--content", dir], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve({ url: m[0], stop: () => child.kill("SIGTERM") });
    });
    child.on("exit", (code) => reject(new Error(`paso preview exited with ${code}:\n${stderr}`)));
  });
}

before(async () => {
  state.dir = mkdtempSync(path.join(tmpdir(), "paso-preview-"));
  mkdirSync(path.join(state.dir, "content/en"), { recursive: true });
  state.file = path.join(state.dir, "content/en/about.md");
  state.original = readFileSync(path.join(root, "content/en/about.md"), "utf8");
  writeFileSync(state.file, state.original);
  state.browser = await launch();
  state.preview = await startPreview(state.dir);
});

after(async () => {
  await state.browser?.close();
  state.preview?.stop();
});

test("a save reloads the page; a mistake shows the panel; the fix clears it", async () => {
  const { context, page, record } = await recordedPage(state.browser);
  await page.goto(state.preview.url + "es/about/");
  assert.equal(await page.locator("#paso-preview-problems").count(), 0);
  // Give the event stream a moment to connect (a save before that is caught by the build
  // number the stream sends on connect anyway).
  await page.waitForTimeout(300);

  writeFileSync(state.file, state.original.replace('title = "About this guide"', 'title = "About this guide, edited"'));
  await page.waitForFunction(() => document.querySelector("script[data-build]")?.dataset.build === "2", null, { timeout: 10000 });
  assert.equal(await page.getAttribute("html", "lang"), "es");

  writeFileSync(state.file, state.original.replace("summary =", "sumary ="));
  const panel = page.locator("#paso-preview-problems");
  await panel.waitFor({ state: "visible", timeout: 10000 });
  const text = await panel.innerText();
  assert.match(text, /El contenido tiene/);
  assert.match(text, /about\.md:3/);
  assert.match(text, /did you mean `summary`\?/);

  writeFileSync(state.file, state.original);
  await panel.waitFor({ state: "detached", timeout: 10000 });
  const csp = record.errors.filter((e) => e.includes("CSP"));
  assert.deepEqual(csp, [], "no CSP violation");
  assert.ok(record.requests.every((u) => u.startsWith(state.preview.url)), "no request leaves the preview");
  await context.close();
});
