// GET /api/v1/docs/assets/{file} — the Swagger UI and ReDoc scripts, from their npm packages.
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { NotFound } from "@/lib/errors";
import { defineRoute } from "@/lib/http/define-route";
import { swaggerInitScript } from "@/lib/openapi/docs-pages";

// Only these files, by name: nothing else under node_modules is reachable. The server runs from
// the project folder (npm start), so the packages sit under ./node_modules.
const files: Record<string, { file: string; type: string }> = {
  "swagger-ui.css": { file: "swagger-ui-dist/swagger-ui.css", type: "text/css" },
  "swagger-ui-bundle.js": { file: "swagger-ui-dist/swagger-ui-bundle.js", type: "text/javascript" },
  "redoc.standalone.js": { file: "redoc/bundles/redoc.standalone.js", type: "text/javascript" },
};

export const GET = defineRoute(
  {
    summary: "Docs assets",
    tags: ["Docs"],
    auth: "public",
    rateLimit: "none",
    hidden: true,
    params: z.object({ file: z.string() }),
  },
  async ({ params }) => {
    const headers = { "Cache-Control": "public, max-age=86400" };
    if (params.file === "swagger-init.js") {
      return new Response(swaggerInitScript(), {
        headers: { ...headers, "Content-Type": "text/javascript" },
      });
    }
    const asset = files[params.file];
    if (!asset) throw new NotFound();
    const body = await fs.readFile(
      /*turbopackIgnore: true*/ path.join(process.cwd(), "node_modules", asset.file),
    );
    return new Response(new Uint8Array(body), {
      headers: { ...headers, "Content-Type": asset.type },
    });
  },
);

export * from "@/lib/http/unserved-methods";
