// GET /api/v1/candidates/{id}/ — one candidate in full with their records: performance stats,
// every exam taken with the submitted answers, and the exams still available to them (admin+).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { getCandidateDetail } from "@/lib/people/get-candidate-detail";
import { candidateDetail } from "@/lib/people/schemas";

export const GET = defineRoute(
  {
    summary: "Get a candidate with their records",
    tags: ["Candidates"],
    permission: "candidates:view",
    params: z.object({ id: z.uuid("Not a valid id.") }),
    response: candidateDetail,
    errors: [403, 404],
  },
  async ({ ctx, params }) => getCandidateDetail({ ctx, input: { candidateId: params.id } }),
);

export * from "@/lib/http/unserved-methods";
