// GET /api/v1/docs/swagger/ — Swagger UI over the OpenAPI document.
import { defineRoute } from "@/lib/http/define-route";
import { swaggerPage } from "@/lib/openapi/docs-pages";

export const GET = defineRoute(
  { summary: "Swagger UI", tags: ["Docs"], auth: "public", rateLimit: "none", hidden: true },
  async () =>
    new Response(swaggerPage(), { headers: { "Content-Type": "text/html; charset=utf-8" } }),
);

export * from "@/lib/http/unserved-methods";
