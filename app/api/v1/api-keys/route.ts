// GET, POST /api/v1/api-keys/ — list and create integrator API keys (manager+).
import { apiKeySummary, createApiKeyInput, createdApiKey } from "@/lib/auth/api-keys/schemas";
import { createApiKey } from "@/lib/auth/api-keys/create-api-key";
import { listApiKeys } from "@/lib/auth/api-keys/list-api-keys";
import { defineRoute } from "@/lib/http/define-route";
import { pageRequest, paginate, paginatedSchema, paginationQuery } from "@/lib/http/pagination";

export const GET = defineRoute(
  {
    summary: "List API keys",
    tags: ["API keys"],
    permission: "api-keys:manage",
    query: paginationQuery,
    response: paginatedSchema(apiKeySummary),
    errors: [404],
  },
  async ({ ctx, query, url }) => {
    const page = pageRequest(query);
    const { items, count } = await listApiKeys({ ctx, page });
    return paginate(items, count, page, url);
  },
);

export const POST = defineRoute(
  {
    summary: "Create an API key (the key is shown once)",
    tags: ["API keys"],
    permission: "api-keys:manage",
    body: createApiKeyInput,
    response: createdApiKey,
    status: 201,
  },
  async ({ ctx, body }) => createApiKey({ ctx, input: body }),
);

export * from "@/lib/http/unserved-methods";
