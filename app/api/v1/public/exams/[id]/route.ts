// GET /api/v1/public/exams/{id}/ — one published exam (API key with assessments:read).
import { examIdParams } from "@/lib/exams/schemas";
import { defineRoute } from "@/lib/http/define-route";
import { getPublicExam } from "@/lib/public-api/get-public-exam";
import { publicExam } from "@/lib/public-api/schemas";

export const GET = defineRoute(
  {
    summary: "Get a published exam (no questions)",
    tags: ["Public API"],
    auth: "key-only",
    scopes: ["assessments:read"],
    params: examIdParams,
    response: publicExam,
    errors: [404],
  },
  async ({ ctx, params }) => getPublicExam({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
