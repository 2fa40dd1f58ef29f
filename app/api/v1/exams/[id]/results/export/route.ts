// GET /api/v1/exams/{id}/results/export/ — the exam's results, streamed (admin+, or an API key with
// results:read): rank, name, email, score, time used, submitted at, each answer; as CSV, or as an
// Excel workbook with ?format=xlsx.
import { z } from "zod";
import { exportExamResults } from "@/lib/analytics/export-results";
import { examIdParams } from "@/lib/exams/schemas";
import { defineRoute } from "@/lib/http/define-route";

const exportQuery = z.object({
  format: z.enum(["csv", "xlsx"]).default("csv").describe("csv (the default) or xlsx (Excel)."),
});

export const GET = defineRoute(
  {
    summary: "Download an exam's results as CSV or Excel",
    tags: ["Analytics"],
    permission: "exams:manage",
    scopes: ["results:read"],
    params: examIdParams,
    query: exportQuery,
    errors: [404],
  },
  async ({ ctx, params, query }) => {
    const { filename, contentType, chunks } = await exportExamResults({
      ctx,
      input: { id: params.id, format: query.format },
    });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else
          controller.enqueue(
            typeof next.value === "string" ? encoder.encode(next.value) : next.value,
          );
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        "content-type": contentType,
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
      },
    });
  },
);

export * from "@/lib/http/unserved-methods";
