// GET /api/v1/exams/{id}/results/export/ — the exam's results as CSV, streamed (admin+, or an API
// key with results:read): rank, name, email, score, time used, submitted at, each answer.
import { exportExamResults } from "@/lib/analytics/export-results";
import { examIdParams } from "@/lib/exams/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "Download an exam's results as CSV",
    tags: ["Analytics"],
    permission: "exams:manage",
    scopes: ["results:read"],
    params: examIdParams,
    errors: [404],
  },
  async ({ ctx, params }) => {
    const { filename, chunks } = await exportExamResults({ ctx, input: params });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
      },
    });
  },
);

export * from "@/lib/http/unserved-methods";
