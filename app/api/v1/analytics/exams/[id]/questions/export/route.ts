// GET /api/v1/analytics/exams/{id}/questions/export/ — the exam's question analysis as CSV (admin+,
// or an API key with results:read): facility, discrimination, option counts and flags per question.
import { exportQuestionAnalysis } from "@/lib/analytics/export-question-analysis";
import { examIdParams } from "@/lib/exams/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "Download an exam's question analysis as CSV",
    tags: ["Analytics"],
    permission: "analytics:view",
    scopes: ["results:read"],
    params: examIdParams,
    errors: [404],
  },
  async ({ ctx, params }) => {
    const { filename, csv } = await exportQuestionAnalysis({ ctx, input: params });
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
      },
    });
  },
);

export * from "@/lib/http/unserved-methods";
