// GET /api/v1/dashboard/candidate/ — the signed-in candidate's dashboard.
import { getCandidateDashboard } from "@/lib/dashboards/get-candidate-dashboard";
import { candidateDashboard } from "@/lib/dashboards/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "Candidate dashboard",
    description:
      "Profile, score statistics, the place on the latest published leaderboard, the five most " +
      "recent scores, the exams still open to the candidate (participation not_done) and the " +
      "concluded ones (done or missed). Served from the database directly (always 200): every " +
      "part is bounded by the one candidate.",
    tags: ["Dashboard"],
    permission: "exams:take",
    response: candidateDashboard,
  },
  async ({ ctx }) => getCandidateDashboard({ ctx }),
);

export * from "@/lib/http/unserved-methods";
