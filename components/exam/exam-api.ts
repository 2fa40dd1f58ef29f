// The exam page's requests (autosave one answer, read the attempt's clock, submit) through the
// browser's one client, typed with the server's own response schemas. A network failure or an
// unreadable answer comes back as status 0, so classifyResponse retries it like any other
// transient failure.
import type { z } from "zod";
import { fetchJson } from "@/components/api/fetch-json";
import { autosaveResponse, startResponse, submitResponse } from "@/lib/attempts/schemas";
import { classifyResponse, type Option, type ResponseAction } from "./exam-logic";

export type SavedAnswer = {
  questionId: number;
  option: Option;
  seq: number;
  savedAt: string;
  deadline: string;
  serverNow: string;
};

export type Outcome<T> =
  | { action: "ok"; data: T }
  | { action: Exclude<ResponseAction, "ok">; code?: string; detail?: string };

async function send<S extends z.ZodType, T>(
  path: string,
  method: "PUT" | "POST",
  body: unknown,
  schema: S,
  map: (data: z.output<S>) => T,
): Promise<Outcome<T>> {
  const result = await fetchJson(path, schema, { method, body });
  if (result.ok) return { action: "ok", data: map(result.data) };
  // Only the server's own words are passed on; without them the page says what failed in its terms.
  const { code, detail } = result.fromServer
    ? result.error
    : { code: undefined, detail: undefined };
  const action = classifyResponse(result.status, code);
  return { action: action === "ok" ? "retry" : action, code, detail };
}

/** PUT /api/v1/exams/{id}/answers/{questionId}/ — the stored answer comes back (maybe newer). */
export function saveAnswer(
  examId: number,
  item: { questionId: number; selectedOption: Option; seq: number },
): Promise<Outcome<SavedAnswer>> {
  return send(
    `/api/v1/exams/${examId}/answers/${item.questionId}/`,
    "PUT",
    { selected_option: item.selectedOption, seq: item.seq },
    autosaveResponse,
    (data) => {
      return {
        questionId: data.question_id,
        option: data.selected_option as Option,
        seq: data.seq,
        savedAt: data.saved_at,
        deadline: data.deadline,
        serverNow: data.server_now,
      };
    },
  );
}

/** POST /api/v1/exams/{id}/submit-exam-answers/ — the answers are merged over the saved ones. */
export function submitAttempt(
  examId: number,
  answers: { question: number; selected_option: Option }[],
): Promise<Outcome<{ message: string }>> {
  return send(
    `/api/v1/exams/${examId}/submit-exam-answers/`,
    "POST",
    { answers },
    submitResponse,
    (data) => data,
  );
}

/**
 * POST /api/v1/exams/{id}/start/ (idempotent: the running attempt) — its deadline now, which an
 * admin may have moved later (a longer window) or earlier (the exam ended early).
 */
export function readAttemptClock(
  examId: number,
): Promise<Outcome<{ deadline: string; serverNow: string }>> {
  return send(`/api/v1/exams/${examId}/start/`, "POST", {}, startResponse, ({ attempt }) => ({
    deadline: attempt.deadline,
    serverNow: attempt.server_now,
  }));
}
