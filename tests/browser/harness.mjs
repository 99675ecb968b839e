// The browser-test harness: starts Paso (as a child bound to port 0), builds the static export,
// and launches Debian's Chromium through playwright-core. No browser is ever downloaded.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, "../..");
export const bin = process.env.PASO_BIN || path.join(root, "target/debug/paso");
export const locales = ["en", "es", "fr", "ht", "pt-BR", "ar", "zh-Hans"];
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

/** Starts `paso serve` on a free port; resolves when it prints its address. */
export function startServer(extraArgs = [], host = "127.0.0.1") {
  const child = spawn(bin, ["serve", "--addr", `${host}:0`, ...extraArgs], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/http:\/\/[0-9.]+:(\d+)\//);
      if (m) resolve({ url: m[0], stop: () => child.kill("SIGTERM"), child });
    });
    child.on("exit", (code) => reject(new Error(`paso exited with ${code} before serving:\n${stderr}`)));
  });
}

/** Builds the static export into a new temporary folder and returns its path. */
export function buildExport(extraArgs = []) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "paso-export-")), "site");
  execFileSync(bin, ["build", "--out", out, ...extraArgs], { cwd: root, stdio: "pipe" });
  return out;
}

/** Headless Chromium, with the flags this machine's closed network needs. */
export async function launch(extraArgs = []) {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: run scripts/test.sh, which installs it`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ...extraArgs,
    ],
  });
}

/**
 * Opens a page that records every request, console error and CSP violation.
 * `record.requests` are URLs; `record.errors` are console errors and page errors.
 */
export async function recordedPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
  const page = await context.newPage();
  const record = { requests: [], errors: [] };
  page.on("request", (r) => record.requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error") record.errors.push(m.text()); });
  page.on("pageerror", (e) => record.errors.push(String(e)));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, page, record };
}

/**
 * Registers `before`/`after` hooks that start a browser, a server and (optionally) a static
 * export for a test file; the returned object is filled in when the hooks have run.
 */
export function suite(hooks, { server: withServer = true, exportSite = true } = {}) {
  const state = {};
  hooks.before(async () => {
    state.browser = await launch();
    if (withServer) state.server = await startServer();
    if (exportSite) state.exportDir = buildExport();
  });
  hooks.after(async () => {
    await state.browser?.close();
    state.server?.stop();
  });
  return state;
}
