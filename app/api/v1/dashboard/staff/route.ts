// GET /api/v1/dashboard/staff/ — the competition in counts, for moderators and above.
import { getStaffDashboard } from "@/lib/dashboards/get-staff-dashboard";
import { staffDashboard } from "@/lib/dashboards/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "Staff dashboard",
    description:
      "The caller's profile and the competition in counts: candidates (total, active, verified, " +
      "registered in the last 7 days, by role, verification rate), exams (total, active = " +
      "scheduled or open, created in the last 7 days), the live question bank by difficulty, " +
      "scores (total, last 7 days, average, highest) and the next five exams. Moderator and above.",
    tags: ["Dashboard"],
    permission: "dashboards:staff",
    response: staffDashboard,
  },
  async ({ ctx }) => getStaffDashboard({ ctx }),
);

export * from "@/lib/http/unserved-methods";
