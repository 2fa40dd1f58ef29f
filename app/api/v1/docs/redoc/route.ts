// GET /api/v1/docs/redoc/ — ReDoc over the OpenAPI document.
import { defineRoute } from "@/lib/http/define-route";
import { redocPage } from "@/lib/openapi/docs-pages";

export const GET = defineRoute(
  { summary: "ReDoc", tags: ["Docs"], auth: "public", rateLimit: "none", hidden: true },
  async () =>
    new Response(redocPage(), { headers: { "Content-Type": "text/html; charset=utf-8" } }),
);

export * from "@/lib/http/unserved-methods";
