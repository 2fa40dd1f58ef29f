// The HTML shells of Swagger UI and ReDoc. Their scripts are served from our own
// /api/v1/docs/assets/ (copied from the npm packages), never from a CDN.
const assets = "/api/v1/docs/assets";
const specUrl = "/api/v1/docs/spec";

export function swaggerPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>API reference · Swagger UI</title>
  <link rel="stylesheet" href="${assets}/swagger-ui.css" />
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${assets}/swagger-ui-bundle.js"></script>
  <script src="${assets}/swagger-init.js"></script>
</body>
</html>`;
}

export function swaggerInitScript(): string {
  return `window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: "#swagger-ui", deepLinking: true, persistAuthorization: true });`;
}

export function redocPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>API reference · ReDoc</title>
  <style>body { margin: 0; }</style>
</head>
<body>
  <redoc spec-url="${specUrl}"></redoc>
  <script src="${assets}/redoc.standalone.js"></script>
</body>
</html>`;
}
