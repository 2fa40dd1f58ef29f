// DELETE /api/v1/api-keys/{id}/ — revoke a key; it stops working on its next request.
import { z } from "zod";
import { revokeApiKey } from "@/lib/auth/api-keys/revoke-api-key";
import { defineRoute } from "@/lib/http/define-route";

export const DELETE = defineRoute(
  {
    summary: "Revoke an API key",
    tags: ["API keys"],
    permission: "api-keys:manage",
    params: z.object({ id: z.uuid("Not a valid id.") }),
    status: 204,
    errors: [404],
  },
  async ({ ctx, params }) => {
    await revokeApiKey({ ctx, input: params });
    return new Response(null, { status: 204 });
  },
);

export * from "@/lib/http/unserved-methods";
