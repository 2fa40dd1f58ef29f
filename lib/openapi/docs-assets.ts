// The files behind /api/v1/docs/assets/{file}: Swagger UI's and ReDoc's bundles from their npm
// packages, by name only (nothing else under node_modules is reachable). ReDoc's bundle shows a
// logo from cdn.redoc.ly beside "API docs by Redocly"; it is served with that address pointing
// at a small local image instead, so the docs load nothing from other origins.
import fs from "node:fs/promises";
import path from "node:path";
import { docsAssetsPath } from "./docs-pages";

export type DocsAsset = { body: Uint8Array<ArrayBuffer>; type: string };

const packageFiles: Record<string, { file: string; type: string }> = {
  "swagger-ui.css": { file: "swagger-ui-dist/swagger-ui.css", type: "text/css" },
  "swagger-ui-bundle.js": { file: "swagger-ui-dist/swagger-ui-bundle.js", type: "text/javascript" },
  "redoc.standalone.js": { file: "redoc/bundles/redoc.standalone.js", type: "text/javascript" },
};

export const redocRemoteLogo = "https://cdn.redoc.ly/redoc/logo-mini.svg";
const localLogoName = "redoc-logo.svg";

// A neutral "{ }" mark in ReDoc's grey, in place of the remote logo.
const localLogo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M6 2.5C4.5 2.5 4 3.2 4 4.5v2C4 7.3 3.5 8 2.5 8c1 0 1.5.7 1.5 1.5v2c0 1.3.5 2 2 2M10 2.5c1.5 0 2 .7 2 2v2c0 .8.5 1.5 1.5 1.5-1 0-1.5.7-1.5 1.5v2c0 1.3-.5 2-2 2" fill="none" stroke="#8c8c8c" stroke-width="1.4" stroke-linecap="round"/></svg>`;

const encoder = new TextEncoder();
const cache = new Map<string, Promise<DocsAsset>>();

async function readPackageFile(name: string): Promise<DocsAsset> {
  const { file, type } = packageFiles[name]!;
  // The server runs from the project folder (npm start), so the packages sit under ./node_modules.
  const bytes = await fs.readFile(
    /*turbopackIgnore: true*/ path.join(process.cwd(), "node_modules", file),
  );
  if (name !== "redoc.standalone.js") return { body: new Uint8Array(bytes), type };
  const text = bytes
    .toString("utf8")
    .replaceAll(redocRemoteLogo, `${docsAssetsPath}/${localLogoName}`);
  return { body: encoder.encode(text), type };
}

/** The asset called `name`, or null when there is none by that name. */
export function readDocsAsset(name: string): Promise<DocsAsset> | null {
  if (name === localLogoName) {
    return Promise.resolve({ body: encoder.encode(localLogo), type: "image/svg+xml" });
  }
  if (!Object.hasOwn(packageFiles, name)) return null;
  let asset = cache.get(name);
  if (!asset) {
    asset = readPackageFile(name);
    asset.catch(() => cache.delete(name));
    cache.set(name, asset);
  }
  return asset;
}
