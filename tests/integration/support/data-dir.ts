// A data folder of the test file's own, so the files stored under it can be counted and removed.
// Call it from vi.hoisted: DATA_DIR (and APP_URL, when given) must be set before lib/env.ts is
// first imported.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";

export function makeDataDir(name: string, env: { APP_URL?: string } = {}): string {
  const folder = mkdtempSync(`${tmpdir()}/${name}-`);
  process.env.DATA_DIR = folder;
  Object.assign(process.env, env);
  return folder;
}
