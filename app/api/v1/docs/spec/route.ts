// GET /api/v1/docs/spec — the OpenAPI 3.1 document, generated from every route's schemas.
import { appUrl } from "@/lib/env";
import { defineRoute } from "@/lib/http/define-route";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";
import { routeModules } from "./route-modules.generated";

let cached: unknown;

export const GET = defineRoute(
  { summary: "OpenAPI document", tags: ["Docs"], auth: "public", rateLimit: "none", hidden: true },
  async () => {
    cached ??= buildOpenApiDocument(routeModules, `${appUrl}/api/v1`);
    return Response.json(cached);
  },
);

export * from "@/lib/http/unserved-methods";
