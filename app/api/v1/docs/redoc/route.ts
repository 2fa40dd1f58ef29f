// GET /api/v1/docs/redoc/ — ReDoc over the OpenAPI document.
import { defineRoute } from "@/lib/http/define-route";
import { docsPageHeaders, redocPage } from "@/lib/openapi/docs-pages";
import { createNonce } from "@/lib/security/content-security-policy";

export const GET = defineRoute(
  { summary: "ReDoc", tags: ["Docs"], auth: "public", rateLimit: "none", hidden: true },
  async () => {
    const nonce = createNonce();
    return new Response(redocPage(nonce), { headers: docsPageHeaders(nonce) });
  },
);

export * from "@/lib/http/unserved-methods";
