// GET /api/v1/health/ — liveness with a database check; 503 when the database does not answer.
import { z } from "zod";
import { checkHealth } from "@/lib/health/check-health";
import { defineRoute } from "@/lib/http/define-route";

const healthResponse = z.object({
  status: z.enum(["healthy", "unhealthy"]),
  timestamp: z.iso.datetime(),
  checks: z.object({ database: z.enum(["ok", "unreachable"]) }),
  services: z.record(z.string(), z.string()),
});

export const GET = defineRoute(
  {
    summary: "Health check",
    tags: ["Health"],
    auth: "public",
    rateLimit: "none",
    response: healthResponse,
    errors: [503],
  },
  async ({ ctx }) => {
    const report = await checkHealth(ctx.db, ctx.clock);
    return Response.json(report, { status: report.status === "healthy" ? 200 : 503 });
  },
);

export * from "@/lib/http/unserved-methods";
