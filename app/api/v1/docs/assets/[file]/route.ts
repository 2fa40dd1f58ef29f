// GET /api/v1/docs/assets/{file} — the Swagger UI and ReDoc files, from their npm packages.
import { z } from "zod";
import { NotFound } from "@/lib/errors";
import { defineRoute } from "@/lib/http/define-route";
import { readDocsAsset } from "@/lib/openapi/docs-assets";

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
    const asset = readDocsAsset(params.file);
    if (!asset) throw new NotFound();
    const { body, type } = await asset;
    return new Response(body, {
      headers: { "Cache-Control": "public, max-age=86400", "Content-Type": type },
    });
  },
);

export * from "@/lib/http/unserved-methods";
