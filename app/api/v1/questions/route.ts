// GET /api/v1/questions/ — the question bank with pool counts; POST creates a question.
import { paginated } from "@/lib/http/pagination";
import { defineRoute } from "@/lib/http/define-route";
import { createQuestion } from "@/lib/questions/create-question";
import { listQuestions } from "@/lib/questions/list-questions";
import {
  listQuestionsQuery,
  questionFields,
  questionItem,
  questionList,
} from "@/lib/questions/schemas";

export const GET = defineRoute(
  {
    summary: "List questions",
    tags: ["Questions"],
    permission: "questions:manage",
    query: listQuestionsQuery,
    response: questionList,
    errors: [404],
  },
  async ({ ctx, query, url }) => paginated(await listQuestions({ ctx, query }), url),
);

export const POST = defineRoute(
  {
    summary: "Create a question",
    tags: ["Questions"],
    permission: "questions:manage",
    body: questionFields,
    response: questionItem,
    status: 201,
  },
  async ({ ctx, body }) => createQuestion({ ctx, input: body }),
);

export * from "@/lib/http/unserved-methods";
