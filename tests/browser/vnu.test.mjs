// The Nu HTML Checker over the whole static export: zero errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { buildExport } from "./harness.mjs";

const require = createRequire(import.meta.url);
const jar = path.join(path.dirname(require.resolve("vnu-jar/package.json")), "build/dist/vnu.jar");

test("every exported page is valid HTML", () => {
  const dir = buildExport();
  const run = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", dir], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.notEqual(run.status, null, `vnu did not run: ${run.error}`);
  const messages = JSON.parse(run.stderr || run.stdout || '{"messages":[]}').messages;
  const errors = messages.filter((m) => m.type === "error" || m.subType === "fatal");
  const shown = errors.slice(0, 20).map((m) => `${m.url.replace(/^.*\/site\//, "")}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(shown, []);
  assert.equal(run.status, 0);
});
