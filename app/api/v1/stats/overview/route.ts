// GET /api/v1/stats/overview/ — the competition's figures, for moderators and above.
import { getStatsOverview } from "@/lib/dashboards/get-stats-overview";
import { statsOverview } from "@/lib/dashboards/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "Statistics overview",
    description:
      "People by type and role (staff figures for managers and superadmins only; null " +
      "otherwise), verification requests by status, exams by status, and score figures " +
      "(recent = the last 7 days). Always 200: computed from grouped queries.",
    tags: ["Statistics"],
    permission: "dashboards:staff",
    response: statsOverview,
  },
  async ({ ctx }) => getStatsOverview({ ctx }),
);

export * from "@/lib/http/unserved-methods";
