// GET /api/v1/docs/swagger/ — Swagger UI over the OpenAPI document.
import { defineRoute } from "@/lib/http/define-route";
import { docsPageHeaders, swaggerPage } from "@/lib/openapi/docs-pages";
import { createNonce } from "@/lib/security/content-security-policy";

export const GET = defineRoute(
  { summary: "Swagger UI", tags: ["Docs"], auth: "public", rateLimit: "none", hidden: true },
  async () => {
    const nonce = createNonce();
    return new Response(swaggerPage(nonce), { headers: docsPageHeaders(nonce) });
  },
);

export * from "@/lib/http/unserved-methods";
