// GET /api/v1/candidates/{id}/scores/ — every score of one candidate, newest first (admin+).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { getCandidateScores } from "@/lib/results/get-candidate-scores";
import { candidateScores } from "@/lib/results/schemas";

export const GET = defineRoute(
  {
    summary: "Get a candidate's scores",
    tags: ["Candidates"],
    permission: "candidates:view",
    params: z.object({ id: z.uuid("Not a valid id.") }),
    response: candidateScores,
    errors: [403, 404],
  },
  async ({ ctx, params }) => getCandidateScores({ ctx, input: { candidateId: params.id } }),
);

export * from "@/lib/http/unserved-methods";
