// Shared by start.mjs and test.mjs (plain Node, no dependencies: they run before npm install).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");

const sourceEntries = [
  "app",
  "components",
  "lib",
  "db",
  "inngest",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function* walk(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(full).sort()) {
    if (child === "node_modules" || child.endsWith(".test.ts")) continue;
    yield* walk(path.join(entry, child));
  }
}

/** A hash of everything that goes into `next build`, to rebuild only when it changed. */
export function sourceHash() {
  const hash = createHash("sha256");
  for (const entry of sourceEntries) {
    for (const file of walk(entry))
      hash.update(file).update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

const stampFile = path.join(root, ".next", "source-hash");

export function buildIsCurrent() {
  return (
    fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, "utf8") === sourceHash()
  );
}

export function markBuilt() {
  fs.writeFileSync(stampFile, sourceHash());
}

/** npm install when node_modules is missing or older than the lockfile / manifest. */
export function dependenciesAreCurrent() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  if (!fs.existsSync(marker)) return false;
  const installed = fs.statSync(marker).mtimeMs;
  return ["package.json", "package-lock.json"].every(
    (file) =>
      !fs.existsSync(path.join(root, file)) ||
      fs.statSync(path.join(root, file)).mtimeMs <= installed,
  );
}
