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
      "result_redirect_url with ?result=<token>, and score.recorded webhooks carry one. " +
      "A tampered, malformed, foreign or expired token is a 400 `invalid_result_token` (the " +
      "detail says when it expired); a valid token whose result no longer exists is a 404 " +
      "`not_found`. Neither carries any result data.",
    tags: ["Public API"],
    auth: "key-only",
    scopes: ["results:read"],
    params: resultParams,
    response: publicResult,
    errors: [400, 404],
  },
  async ({ ctx, params }) => getPublicResult({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
