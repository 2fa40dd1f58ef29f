// GET /api/v1/root/ — the discoverable list of endpoints (requires an API key).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { routeTable } from "@/lib/http/route-table.generated";

const rootResponse = z.object({
  version: z.literal("v1"),
  endpoints: z.array(z.object({ path: z.string(), methods: z.array(z.string()) })),
});

export const GET = defineRoute(
  { summary: "List endpoints", tags: ["Health"], response: rootResponse },
  async () => ({
    version: "v1" as const,
    endpoints: routeTable
      .filter((route) => !route.path.startsWith("/api/v1/bench"))
      .map((route) => ({ path: `${route.path}/`, methods: [...route.methods] })),
  }),
);

export * from "@/lib/http/unserved-methods";
