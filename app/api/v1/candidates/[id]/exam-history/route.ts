// GET /api/v1/candidates/{id}/exam-history/ — the candidate's exams and scores, oldest first
// (admin+).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { getCandidateExamHistory } from "@/lib/results/get-candidate-exam-history";
import { candidateExamHistory } from "@/lib/results/schemas";

export const GET = defineRoute(
  {
    summary: "Get a candidate's exam history",
    tags: ["Candidates"],
    permission: "candidates:view",
    params: z.object({ id: z.uuid("Not a valid id.") }),
    response: candidateExamHistory,
    errors: [403, 404],
  },
  async ({ ctx, params }) => getCandidateExamHistory({ ctx, input: { candidateId: params.id } }),
);

export * from "@/lib/http/unserved-methods";
