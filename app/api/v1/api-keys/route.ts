// GET, POST /api/v1/api-keys/ — list and create integrator API keys (manager+).
import { z } from "zod";
import { apiKeySummary, createApiKey, createApiKeyInput, createdApiKey, listApiKeys } from "@/lib/auth/api-keys";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "List API keys",
    tags: ["API keys"],
    permission: "api-keys:manage",
    response: z.object({ results: z.array(apiKeySummary) }),
  },
  async ({ ctx }) => ({ results: await listApiKeys({ ctx }) }),
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
