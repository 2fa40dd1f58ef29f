// GET/PUT/PATCH/DELETE /api/v1/questions/{id}/ — one question; DELETE archives it.
import { defineRoute } from "@/lib/http/define-route";
import { archiveQuestion } from "@/lib/questions/archive-question";
import { getQuestion } from "@/lib/questions/get-question";
import { updateQuestion } from "@/lib/questions/update-question";
import {
  questionFields,
  questionIdParams,
  questionItem,
  questionPatch,
} from "@/lib/questions/schemas";

export const GET = defineRoute(
  {
    summary: "Get a question",
    tags: ["Questions"],
    permission: "questions:manage",
    params: questionIdParams,
    response: questionItem,
    errors: [404],
  },
  async ({ ctx, params }) => getQuestion({ ctx, input: params }),
);

export const PUT = defineRoute(
  {
    summary: "Replace a question",
    description: "A change of correct_answer rescores every affected attempt.",
    tags: ["Questions"],
    permission: "questions:manage",
    params: questionIdParams,
    body: questionFields,
    response: questionItem,
    errors: [404],
  },
  async ({ ctx, params, body }) => updateQuestion({ ctx, input: { id: params.id, fields: body } }),
);

export const PATCH = defineRoute(
  {
    summary: "Update a question",
    description: "A change of correct_answer rescores every affected attempt.",
    tags: ["Questions"],
    permission: "questions:manage",
    params: questionIdParams,
    body: questionPatch,
    response: questionItem,
    errors: [404],
  },
  async ({ ctx, params, body }) => updateQuestion({ ctx, input: { id: params.id, fields: body } }),
);

export const DELETE = defineRoute(
  {
    summary: "Archive a question",
    tags: ["Questions"],
    permission: "questions:manage",
    params: questionIdParams,
    status: 204,
    errors: [404],
  },
  async ({ ctx, params }) => {
    await archiveQuestion({ ctx, input: params });
    return new Response(null, { status: 204 });
  },
);

export * from "@/lib/http/unserved-methods";
