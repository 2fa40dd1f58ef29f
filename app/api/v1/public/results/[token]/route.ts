// GET /api/v1/public/results/{token}/ — the result a result token names (API key with
// results:read). Tampered, foreign or expired tokens: 400 invalid_result_token, no data.
import { defineRoute } from "@/lib/http/define-route";
import { getPublicResult } from "@/lib/public-api/get-public-result";
import { publicResult, resultParams } from "@/lib/public-api/schemas";

export const GET = defineRoute(
  {
    summary: "Get a result by its result token",
    description:
      "Result tokens last 15 minutes: the candidate's result page links to the exam's " +
      "result_redirect_url with ?result=<token>, and score.recorded webhooks carry one.",
    tags: ["Public API"],
    auth: "key-only",
    scopes: ["results:read"],
    params: resultParams,
    response: publicResult,
    errors: [404],
  },
  async ({ ctx, params }) => getPublicResult({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
