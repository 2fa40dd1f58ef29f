// The HTML shells of Swagger UI and ReDoc. Everything they load comes from our own origin: their
// scripts and stylesheet from /api/v1/docs/assets/ (the npm packages' files, see docs-assets.ts),
// the document from /api/v1/docs/spec. Each response has its own nonce, carried by every script.
import { appUrl } from "@/lib/env";
import { docsPolicy } from "@/lib/security/content-security-policy";

export const docsAssetsPath = "/api/v1/docs/assets";
const specUrl = "/api/v1/docs/spec";

/** Headers of a docs page response: HTML, never cached (the nonce is per response), its CSP. */
export function docsPageHeaders(nonce: string): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": docsPolicy(nonce, new URL(appUrl).origin),
  };
}

const head = (title: string) => `<meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${title}</title>`; // no icon link: browsers ask for /favicon.ico, which app/ serves

export function swaggerPage(nonce: string): string {
  const options = {
    url: specUrl,
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: true,
    // No badge from validator.swagger.io: the page loads nothing from other origins.
    validatorUrl: null,
  };
  return `<!doctype html>
<html lang="en">
<head>
  ${head("API reference · Swagger UI")}
  <link rel="stylesheet" href="${docsAssetsPath}/swagger-ui.css" />
</head>
<body>
  <div id="swagger-ui"></div>
  <script nonce="${nonce}" src="${docsAssetsPath}/swagger-ui-bundle.js"></script>
  <script nonce="${nonce}">window.ui = SwaggerUIBundle(${JSON.stringify(options)});</script>
</body>
</html>`;
}

export function redocPage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  ${head("API reference · ReDoc")}
  <style>body { margin: 0; }</style>
</head>
<body>
  <redoc spec-url="${specUrl}"></redoc>
  <script nonce="${nonce}" src="${docsAssetsPath}/redoc.standalone.js"></script>
</body>
</html>`;
}
