// @vitest-environment happy-dom
// useSubmitAttempt wired as exam-taker wires it: to useAttemptPhase and to useAnswerOutbox (flush,
// answers, clear), against a stubbed server that answers PUT …/answers/{q}/ (autosaveResponse) and
// POST …/submit-exam-answers/ (submitResponse, or the error body {detail, code}).
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { advance, attemptId, examId, iso, settle, T, useFakeClock } from "./hook-test-support";
import { closedNotice, outboxKey, type Option } from "./exam-logic";
import { useAnswerOutbox, type AttemptSnapshot } from "./use-answer-outbox";
import { useAttemptPhase } from "./use-attempt-phase";
import { useSubmitAttempt } from "./use-submit-attempt";

type Request =
  | { kind: "save"; questionId: number; option: Option; seq: number }
  | { kind: "submit"; answers: { question: number; selected_option: Option }[] };
type Reply = () => Response | Promise<Response>;

const ok = () => Response.json({ message: "Answers submitted successfully!" });
const error = (status: number, code?: string, detail?: string) => () =>
  Response.json({ detail: detail ?? `status ${status}`, code }, { status });
const networkDown = () => {
  throw new TypeError("Failed to fetch");
};
const never = () => new Promise<Response>(() => {});

function stubServer() {
  const requests: Request[] = [];
  const saveReplies: Reply[] = [];
  const submitReplies: Reply[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body));
      const save = /^\/api\/v1\/exams\/7\/answers\/(\d+)\/$/.exec(url);
      if (save && init.method === "PUT") {
        const request = {
          kind: "save" as const,
          questionId: Number(save[1]),
          option: body.selected_option as Option,
          seq: body.seq as number,
        };
        requests.push(request);
        const reply = saveReplies.shift();
        if (reply) return reply();
        return Response.json({
          question_id: request.questionId,
          selected_option: request.option,
          seq: request.seq,
          saved_at: iso(Date.now()),
          stale: false,
          deadline: iso(T + 3_600_000),
          server_now: iso(Date.now()),
        });
      }
      if (url === "/api/v1/exams/7/submit-exam-answers/" && init.method === "POST") {
        requests.push({ kind: "submit", answers: body.answers });
        return (submitReplies.shift() ?? ok)();
      }
      throw new Error(`unexpected request ${init.method} ${url}`);
    }),
  );
  return {
    requests,
    submits: () => requests.filter((request) => request.kind === "submit"),
    replySave: (...replies: Reply[]) => void saveReplies.push(...replies),
    replySubmit: (...replies: Reply[]) => void submitReplies.push(...replies),
  };
}

function render(saved: AttemptSnapshot["answers"] = []) {
  const attempt: AttemptSnapshot = { id: attemptId, answers: saved };
  const onClosed = vi.fn();
  const hook = renderHook(() => {
    const phase = useAttemptPhase();
    const outbox = useAnswerOutbox({
      examId,
      attempt,
      isTaking: phase.isTaking,
      isClosed: phase.isClosed,
      onServerTime: () => {},
      onClosedByServer: (code) => {
        outbox.clear();
        phase.close(closedNotice("server", code));
      },
      onChosen: () => {},
      onSaved: () => {},
    });
    const submitter = useSubmitAttempt({
      examId,
      phase,
      answersRef: outbox.answersRef,
      flush: outbox.flush,
      clearOutbox: outbox.clear,
      onClosed,
    });
    return { phase, outbox, submitter };
  });
  return { ...hook, onClosed };
}

useFakeClock();

describe("useSubmitAttempt", () => {
  it("submits the saved answers merged with the unsent ones, leaving blanks out, then closes", async () => {
    const server = stubServer();
    server.replySave(error(503), error(503));
    const { result, onClosed } = render([
      { question_id: 1, selected_option: "A", seq: 10, saved_at: "2026-06-01T09:10:00Z" },
      { question_id: 2, selected_option: "", seq: 11, saved_at: "2026-06-01T09:11:00Z" },
      { question_id: 5, selected_option: "B", seq: 12, saved_at: "2026-06-01T09:12:00Z" },
    ]);
    await settle();
    act(() => result.current.outbox.choose(3, "C"));
    act(() => result.current.outbox.choose(5, "D"));
    await settle();
    expect(result.current.outbox.pending).toBe(2); // the autosave is failing

    act(() => void result.current.submitter.submit("candidate"));
    expect(result.current.phase.phase).toBe("submitting");
    await settle();
    const submits = server.submits();
    expect(submits).toHaveLength(1);
    const sent = submits[0]?.kind === "submit" ? submits[0].answers : [];
    expect([...sent].sort((a, b) => a.question - b.question)).toEqual([
      { question: 1, selected_option: "A" },
      { question: 3, selected_option: "C" },
      { question: 5, selected_option: "D" },
    ]);
    expect(result.current.phase.phase).toBe("closed");
    expect(result.current.phase.notice).toEqual(closedNotice("submitted"));
    expect(result.current.phase.notice?.title).toBe("Submitted");
    expect(onClosed).toHaveBeenCalledExactlyOnceWith("candidate", true);
    expect(result.current.outbox.pending).toBe(0);
    expect(localStorage.getItem(outboxKey(attemptId))).toBeNull();
    // Nothing is retried after the submit.
    const count = server.requests.length;
    await advance(60_000);
    expect(server.requests).toHaveLength(count);
  });

  it("saves the queued answers first when the server answers quickly", async () => {
    const server = stubServer();
    const { result } = render();
    await settle();
    server.replySave(error(503));
    act(() => result.current.outbox.choose(3, "B"));
    await settle();
    act(() => void result.current.submitter.submit("candidate"));
    await settle();
    expect(server.requests.map((request) => request.kind)).toEqual(["save", "save", "submit"]);
    expect(result.current.outbox.receipts.get(3)?.seq).toBe(T);
    expect(result.current.phase.phase).toBe("closed");
  });

  it("waits at most 5 s for the queued answers, then submits them anyway", async () => {
    const server = stubServer();
    server.replySave(never);
    const { result, onClosed } = render();
    await settle();
    act(() => result.current.outbox.choose(3, "B"));
    act(() => void result.current.submitter.submit("candidate"));
    await advance(4999);
    expect(server.submits()).toEqual([]);
    await advance(1);
    expect(server.submits()).toEqual([
      { kind: "submit", answers: [{ question: 3, selected_option: "B" }] },
    ]);
    expect(onClosed).toHaveBeenCalledWith("candidate", true);
  });

  it("closes an automatic submit with the time-is-up notice", async () => {
    stubServer();
    const { result, onClosed } = render();
    await settle();
    act(() => void result.current.submitter.submit("auto"));
    await settle();
    expect(result.current.phase.notice?.title).toBe("Time is up");
    expect(result.current.phase.notice).toEqual(closedNotice("auto-submitted"));
    expect(onClosed).toHaveBeenCalledExactlyOnceWith("auto", true);
  });

  it.each([
    ["candidate", 403, "exam_not_open", "Time is up"],
    ["candidate", 400, "exam_already_submitted", "Exam closed"],
    ["auto", 400, "exam_already_submitted", "Time is up"],
  ] as const)(
    "a submit (%s) refused as closed (%i %s) closes the page: %s",
    async (kind, status, code, title) => {
      const server = stubServer();
      server.replySave(networkDown);
      server.replySubmit(error(status, code));
      const { result, onClosed } = render();
      await settle();
      act(() => result.current.outbox.choose(3, "A"));
      await settle();
      act(() => void result.current.submitter.submit(kind));
      await settle();
      expect(server.submits()).toHaveLength(1);
      expect(result.current.phase.phase).toBe("closed");
      expect(result.current.phase.notice?.title).toBe(title);
      expect(onClosed).toHaveBeenCalledExactlyOnceWith(kind, false);
      expect(result.current.outbox.pending).toBe(0);
      expect(localStorage.getItem(outboxKey(attemptId))).toBeNull();
      await advance(60_000);
      expect(server.submits()).toHaveLength(1);
    },
  );

  it("retries a server error or a network failure with backoff, saying so, until it is in", async () => {
    const server = stubServer();
    server.replySubmit(error(500), networkDown);
    const { result, onClosed } = render([
      { question_id: 1, selected_option: "C", seq: 10, saved_at: "2026-06-01T09:10:00Z" },
    ]);
    await settle();
    act(() => void result.current.submitter.submit("candidate"));
    await settle();
    expect(server.submits()).toHaveLength(1);
    expect(result.current.submitter.problem).toBe(
      "Could not reach the server — retrying the submission…",
    );
    expect(result.current.phase.phase).toBe("submitting");
    await advance(999);
    expect(server.submits()).toHaveLength(1);
    await advance(1);
    expect(server.submits()).toHaveLength(2);
    await advance(1999);
    expect(server.submits()).toHaveLength(2);
    await advance(1);
    expect(server.submits()).toHaveLength(3);
    expect(server.submits()[2]).toEqual({
      kind: "submit",
      answers: [{ question: 1, selected_option: "C" }],
    });
    expect(result.current.phase.phase).toBe("closed");
    expect(onClosed).toHaveBeenCalledExactlyOnceWith("candidate", true);
  });

  it("a refused submit shows the server's words and goes back to taking; the next one can go", async () => {
    const server = stubServer();
    server.replySubmit(error(422, "validation_error", "Question 9 is not part of this exam."));
    const { result, onClosed } = render();
    await settle();
    act(() => void result.current.submitter.submit("candidate"));
    await settle();
    expect(result.current.submitter.problem).toBe("Question 9 is not part of this exam.");
    expect(result.current.phase.phase).toBe("taking");
    expect(onClosed).not.toHaveBeenCalled();
    await advance(60_000);
    expect(server.submits()).toHaveLength(1); // not retried

    act(() => result.current.outbox.choose(2, "D")); // taking answers again
    act(() => void result.current.submitter.submit("candidate"));
    await settle();
    expect(result.current.submitter.problem).toBeNull();
    expect(server.submits()).toHaveLength(2);
    expect(server.submits()[1]).toEqual({
      kind: "submit",
      answers: [{ question: 2, selected_option: "D" }],
    });
    expect(onClosed).toHaveBeenCalledExactlyOnceWith("candidate", true);
  });

  it("sends one submit however often it is asked, and none once closed", async () => {
    const server = stubServer();
    const { result, onClosed } = render();
    await settle();
    act(() => {
      void result.current.submitter.submit("candidate");
      void result.current.submitter.submit("auto");
    });
    await settle();
    act(() => void result.current.submitter.submit("candidate"));
    await settle();
    expect(server.submits()).toHaveLength(1);
    expect(onClosed).toHaveBeenCalledExactlyOnceWith("candidate", true);
  });

  it("stops retrying when the page closes meanwhile (another tab submitted)", async () => {
    const server = stubServer();
    server.replySubmit(error(503));
    const { result, onClosed } = render();
    await settle();
    act(() => void result.current.submitter.submit("candidate"));
    await settle();
    act(() => result.current.phase.close(closedNotice("other-tab")));
    await advance(60_000);
    expect(server.submits()).toHaveLength(1);
    expect(result.current.phase.notice).toEqual(closedNotice("other-tab"));
    expect(onClosed).not.toHaveBeenCalled();
  });
});
