// GET /api/v1/analytics/dashboard/ — the competition across its exams (admin+): candidates and
// attempts over the last 30 days, completion, scores per stage, pass-through between stages, and
// the least reliable exams.
import { getAnalyticsDashboard } from "@/lib/analytics/get-analytics-dashboard";
import { analyticsDashboard } from "@/lib/analytics/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "Competition analytics",
    tags: ["Analytics"],
    permission: "analytics:view",
    response: analyticsDashboard,
  },
  async ({ ctx }) => getAnalyticsDashboard({ ctx }),
);

export * from "@/lib/http/unserved-methods";
