// GET/PUT/PATCH/DELETE /api/v1/exams/{id}/ — one exam for staff (admin+). Once an exam has opened
// its questions, countdown, stage, level and scheduled_date are fixed (409 exam_in_progress); an
// ongoing exam's window may be extended, not shortened. DELETE hides it (soft delete) and is
// refused while it is open.
import { defineRoute } from "@/lib/http/define-route";
import { paginated } from "@/lib/http/pagination";
import { deleteExam } from "@/lib/exams/delete-exam";
import { examDetail } from "@/lib/exams/get-exam";
import { updateExam } from "@/lib/exams/update-exam";
import {
  examBody,
  examDetail as examDetailSchema,
  examDetailQuery,
  examIdParams,
  examPatchBody,
} from "@/lib/exams/schemas";

export const GET = defineRoute(
  {
    summary: "Get an exam with its questions",
    tags: ["Exams"],
    permission: "exams:manage",
    params: examIdParams,
    query: examDetailQuery,
    response: examDetailSchema,
    errors: [404],
  },
  async ({ ctx, params, query, url }) =>
    withQuestionLinks(await examDetail({ ctx, input: { id: params.id, query } }), url),
);

const updateRules =
  "A scheduled_date in the past is allowed while the exam has not opened: it then opens at once " +
  "(or is concluded at once when its whole window has passed). Once it has opened, questions, " +
  "countdown_minutes, stage, level and scheduled_date are fixed (409 exam_in_progress, naming " +
  "the fields); while it is ongoing open_duration_hours may grow (attempts in progress get the " +
  "later deadline their countdown allows) but not shrink (409; end it early with " +
  "POST /exams/{id}/conclude/ instead); once concluded it is fixed too.";

export const PUT = defineRoute(
  {
    summary: "Replace an exam",
    description: updateRules,
    tags: ["Exams"],
    permission: "exams:manage",
    params: examIdParams,
    query: examDetailQuery,
    body: examBody,
    response: examDetailSchema,
    errors: [400, 404, 409],
  },
  async ({ ctx, params, query, body, url }) => {
    await updateExam({ ctx, input: { id: params.id, changes: body } });
    return withQuestionLinks(await examDetail({ ctx, input: { id: params.id, query } }), url);
  },
);

export const PATCH = defineRoute(
  {
    summary: "Update an exam",
    description: updateRules,
    tags: ["Exams"],
    permission: "exams:manage",
    params: examIdParams,
    query: examDetailQuery,
    body: examPatchBody,
    response: examDetailSchema,
    errors: [400, 404, 409],
  },
  async ({ ctx, params, query, body, url }) => {
    await updateExam({ ctx, input: { id: params.id, changes: body } });
    return withQuestionLinks(await examDetail({ ctx, input: { id: params.id, query } }), url);
  },
);

export const DELETE = defineRoute(
  {
    summary: "Delete an exam",
    tags: ["Exams"],
    permission: "exams:manage",
    params: examIdParams,
    status: 204,
    errors: [404, 409],
  },
  async ({ ctx, params }) => {
    await deleteExam({ ctx, input: params });
    return new Response(null, { status: 204 });
  },
);

/** The exam's page of questions in the contract's envelope, its links from the request URL. */
function withQuestionLinks(exam: Awaited<ReturnType<typeof examDetail>>, url: URL) {
  return { ...exam, questions: paginated(exam.questions, url) };
}

export * from "@/lib/http/unserved-methods";
