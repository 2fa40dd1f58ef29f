// POST /api/v1/exams/{id}/conclude/ — end an ongoing exam now (admin+): the window closes at this
// instant, attempts in progress are submitted automatically with their saved answers and scored.
import { defineRoute } from "@/lib/http/define-route";
import { paginated } from "@/lib/http/pagination";
import { concludeExam } from "@/lib/exams/conclude";
import { examDetail } from "@/lib/exams/get-exam";
import { examConcluded, examDetailQuery, examIdParams } from "@/lib/exams/schemas";

export const POST = defineRoute(
  {
    summary: "End an exam early",
    description:
      "Closes the window of an ongoing exam at this instant (status becomes concluded, " +
      "concluded_at is now). Attempts still in progress are submitted automatically with their " +
      "saved answers, as at their deadline (submitted_at = min(deadline, now)), and scored. " +
      "An exam that is not ongoing → 409 exam_not_ongoing.",
    tags: ["Exams"],
    permission: "exams:manage",
    params: examIdParams,
    response: examConcluded,
    errors: [404, 409],
  },
  async ({ ctx, params, url }) => {
    const { submitted } = await concludeExam({ ctx, input: params });
    const exam = await examDetail({
      ctx,
      input: { id: params.id, query: examDetailQuery.parse({}) },
    });
    return {
      ...exam,
      questions: paginated(exam.questions, url),
      auto_submitted_attempts: submitted,
    };
  },
);

export * from "@/lib/http/unserved-methods";
