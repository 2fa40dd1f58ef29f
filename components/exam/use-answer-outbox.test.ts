// @vitest-environment happy-dom
// useAnswerOutbox against a stubbed server (fetch answers like PUT …/answers/{q}/ does, with the
// autosaveResponse shape) and happy-dom's localStorage as the shared outbox. Another tab is played
// by a second SharedOutbox on the same storage plus the storage event the browser would fire.
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { advance, attemptId, examId, iso, settle, T, useFakeClock } from "./hook-test-support";
import { outboxKey, type Option } from "./exam-logic";
import { SharedOutbox } from "./shared-outbox";
import { useAnswerOutbox, type AttemptSnapshot } from "./use-answer-outbox";

const DEADLINE = "2026-06-01T11:00:00.000Z";

type Sent = { url: string; method: string; questionId: number; option: Option; seq: number };
type Reply = (sent: Sent) => Response | Promise<Response>;

/** The autosave endpoint: records every request and answers with `reply` (default: saved). */
function stubServer() {
  const sent: Sent[] = [];
  const replies: Reply[] = [];
  const server = {
    sent,
    /** Queue the replies for the next requests, in order; after them every request is saved. */
    reply: (...next: Reply[]) => void replies.push(...next),
  };
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { selected_option: Option; seq: number };
      const match = /^\/api\/v1\/exams\/(\d+)\/answers\/(\d+)\/$/.exec(url);
      if (!match || Number(match[1]) !== examId) throw new Error(`unexpected request ${url}`);
      const request = {
        url,
        method: String(init.method),
        questionId: Number(match[2]),
        option: body.selected_option,
        seq: body.seq,
      };
      sent.push(request);
      return (replies.shift() ?? saved)(request);
    }),
  );
  return server;
}

/** 200: the server stored this answer (autosaveResponse). */
const saved: Reply = (request) =>
  Response.json({
    question_id: request.questionId,
    selected_option: request.option,
    seq: request.seq,
    saved_at: iso(Date.now()),
    stale: false,
    deadline: DEADLINE,
    server_now: iso(Date.now() + 30_000),
  });
const error =
  (status: number, code?: string, detail?: string): Reply =>
  () =>
    Response.json({ detail: detail ?? `status ${status}`, code }, { status });
const networkDown: Reply = () => {
  throw new TypeError("Failed to fetch");
};
/** A reply the test releases later (the request stays in flight until then). */
function held() {
  let release: (reply?: Reply) => void = () => {};
  const reply: Reply = (request) =>
    new Promise<Response>((resolve) => {
      release = (next = saved) => resolve(next(request));
    });
  return { reply, release: (next?: Reply) => act(async () => release(next)) };
}

function render(options: { saved?: AttemptSnapshot["answers"] } = {}) {
  const page = { taking: true, closed: false };
  const attempt: AttemptSnapshot = { id: attemptId, answers: options.saved ?? [] };
  const callbacks = {
    onServerTime: vi.fn(),
    onClosedByServer: vi.fn(() => {
      page.closed = true;
      page.taking = false;
    }),
    onChosen: vi.fn(),
    onSaved: vi.fn(),
  };
  const hook = renderHook(() =>
    useAnswerOutbox({
      examId,
      attempt,
      isTaking: () => page.taking,
      isClosed: () => page.closed,
      ...callbacks,
    }),
  );
  return { ...hook, page, ...callbacks };
}

const stored = () => JSON.parse(localStorage.getItem(outboxKey(attemptId)) ?? "[]") as unknown[];
const otherTabChanged = () =>
  act(() => {
    window.dispatchEvent(new StorageEvent("storage", { key: outboxKey(attemptId) }));
  });

useFakeClock();

describe("useAnswerOutbox", () => {
  it("starts from the attempt's saved answers, each with its receipt, sending nothing", async () => {
    const server = stubServer();
    const { result } = render({
      saved: [{ question_id: 1, selected_option: "A", seq: 40, saved_at: "2026-06-01T09:50:00Z" }],
    });
    await settle();
    expect(result.current.answers).toEqual(new Map([[1, { option: "A", seq: 40 }]]));
    expect(result.current.receipts).toEqual(
      new Map([[1, { seq: 40, savedAt: "2026-06-01T09:50:00Z" }]]),
    );
    expect(result.current.pending).toBe(0);
    expect(server.sent).toEqual([]);
  });

  it("shows a choice at once, sends it, and takes the server's reply as the receipt", async () => {
    const server = stubServer();
    const { result, onChosen, onSaved, onServerTime } = render();
    await settle();
    act(() => result.current.choose(3, "B"));
    expect(result.current.answers.get(3)).toEqual({ option: "B", seq: T });
    expect(result.current.pending).toBe(1);
    expect(result.current.receipts.get(3)).toBeUndefined();
    expect(stored()).toEqual([{ questionId: 3, selectedOption: "B", seq: T }]);
    expect(onChosen).toHaveBeenCalledWith({ questionId: 3, option: "B", seq: T });

    await settle();
    expect(server.sent).toEqual([
      {
        url: `/api/v1/exams/${examId}/answers/3/`,
        method: "PUT",
        questionId: 3,
        option: "B",
        seq: T,
      },
    ]);
    expect(result.current.receipts.get(3)).toEqual({ seq: T, savedAt: iso(T) });
    expect(result.current.pending).toBe(0);
    expect(localStorage.getItem(outboxKey(attemptId))).toBeNull();
    expect(onSaved).toHaveBeenCalledWith({ questionId: 3, option: "B", seq: T, savedAt: iso(T) });
    expect(onServerTime).toHaveBeenCalledWith(DEADLINE, iso(T + 30_000));
  });

  it("sends only the latest choice per question, one at a time, with increasing seq", async () => {
    const server = stubServer();
    const first = held();
    server.reply(first.reply);
    const { result } = render();
    await settle();
    act(() => result.current.choose(3, "A"));
    act(() => result.current.choose(3, "B"));
    act(() => result.current.choose(3, "C"));
    act(() => result.current.choose(4, "D"));
    // One request in flight; the later choices wait in the queue (B replaced by C).
    expect(server.sent).toHaveLength(1);
    expect(result.current.pending).toBe(2);
    expect(result.current.answers.get(3)).toEqual({ option: "C", seq: T + 2 });

    await first.release();
    await settle();
    expect(server.sent.map(({ questionId, option, seq }) => [questionId, option, seq])).toEqual([
      [3, "A", T],
      [3, "C", T + 2],
      [4, "D", T + 3],
    ]);
    // The reply for the older A did not take back the newer C.
    expect(result.current.answers.get(3)).toEqual({ option: "C", seq: T + 2 });
    expect(result.current.receipts.get(3)?.seq).toBe(T + 2);
    expect(result.current.receipts.get(4)?.seq).toBe(T + 3);
    expect(result.current.pending).toBe(0);
  });

  it("retries a server error with backoff (1 s, 2 s, 4 s) and keeps the answer queued", async () => {
    const server = stubServer();
    server.reply(error(503), error(502), error(500));
    const { result } = render();
    await settle();
    act(() => result.current.choose(3, "B"));
    await settle();
    expect(server.sent).toHaveLength(1);
    expect(result.current.networkTrouble).toBe(true);
    expect(result.current.pending).toBe(1);
    expect(stored()).toEqual([{ questionId: 3, selectedOption: "B", seq: T }]);

    for (const [wait, count] of [
      [1000, 2],
      [2000, 3],
      [4000, 4],
    ] as const) {
      await advance(wait - 1);
      expect(server.sent).toHaveLength(count - 1);
      await advance(1);
      expect(server.sent).toHaveLength(count);
    }
    // The same answer each time, and the fourth try was saved.
    expect(new Set(server.sent.map((request) => request.seq))).toEqual(new Set([T]));
    expect(result.current.networkTrouble).toBe(false);
    expect(result.current.pending).toBe(0);
    expect(result.current.receipts.get(3)?.seq).toBe(T);
    expect(localStorage.getItem(outboxKey(attemptId))).toBeNull();
  });

  it("retries a network failure and an unreadable reply the same way", async () => {
    const server = stubServer();
    server.reply(networkDown, () => new Response("<html>Bad gateway</html>", { status: 200 }));
    const { result } = render();
    await settle();
    act(() => result.current.choose(3, "B"));
    await settle();
    expect(result.current.networkTrouble).toBe(true);
    await advance(1000);
    expect(server.sent).toHaveLength(2);
    expect(result.current.pending).toBe(1);
    await advance(2000);
    expect(server.sent).toHaveLength(3);
    expect(result.current.pending).toBe(0);
    expect(result.current.receipts.get(3)?.seq).toBe(T);
  });

  it("when back online, sends at once and starts the backoff over", async () => {
    const server = stubServer();
    server.reply(networkDown, networkDown, networkDown);
    const { result } = render();
    await settle();
    act(() => result.current.choose(3, "B"));
    await settle();
    await advance(1000);
    expect(server.sent).toHaveLength(2); // the next try would be in 2 s
    act(() => {
      window.dispatchEvent(new Event("offline"));
    });
    expect(result.current.online).toBe(false);
    act(() => {
      window.dispatchEvent(new Event("online"));
    });
    await settle();
    expect(result.current.online).toBe(true);
    expect(server.sent).toHaveLength(3);
    // That try failed too, but as the first failure since coming back: 1 s, not 4 s.
    await advance(999);
    expect(server.sent).toHaveLength(3);
    await advance(1);
    expect(server.sent).toHaveLength(4);
    expect(result.current.pending).toBe(0);
    expect(result.current.networkTrouble).toBe(false);
  });

  it.each([
    [
      404,
      "not_found",
      "This question is not part of the exam.",
      "This question is not part of the exam.",
    ],
    [422, undefined, undefined, "An answer could not be saved."],
  ])(
    "drops an answer refused for good (%i) and sends the next one",
    async (status, code, detail, shown) => {
      const server = stubServer();
      const first = held();
      server.reply(first.reply);
      const { result } = render();
      await settle();
      act(() => result.current.choose(3, "A"));
      act(() => result.current.choose(4, "B"));
      await first.release(
        detail ? error(status, code, detail) : () => new Response(null, { status }),
      );
      await settle();
      expect(result.current.refusal).toBe(shown);
      expect(server.sent.map((request) => request.questionId)).toEqual([3, 4]);
      expect(result.current.pending).toBe(0);
      expect(result.current.receipts.has(3)).toBe(false);
      expect(result.current.receipts.get(4)?.seq).toBe(T + 1);
      expect(localStorage.getItem(outboxKey(attemptId))).toBeNull();
      await advance(60_000);
      expect(server.sent).toHaveLength(2); // never retried
      act(() => result.current.clearRefusal());
      expect(result.current.refusal).toBeNull();
    },
  );

  it.each([
    [403, "exam_not_open"],
    [400, "exam_already_submitted"],
  ])("stops when the server says the exam is closed (%i %s)", async (status, code) => {
    const server = stubServer();
    server.reply(error(status, code));
    const { result, onClosedByServer, onSaved } = render();
    await settle();
    act(() => result.current.choose(3, "A"));
    await settle();
    expect(onClosedByServer).toHaveBeenCalledTimes(1);
    expect(onClosedByServer).toHaveBeenCalledWith(code);
    expect(onSaved).not.toHaveBeenCalled();
    expect(result.current.networkTrouble).toBe(false);
    // No retry; emptying the queue is the page's call (it clears on close).
    await advance(60_000);
    expect(server.sent).toHaveLength(1);
    expect(result.current.pending).toBe(1);
    // The page is closed now: new choices are not taken.
    act(() => result.current.choose(4, "B"));
    expect(result.current.answers.has(4)).toBe(false);
    expect(server.sent).toHaveLength(1);
  });

  it("stops sending once the page is closed, even with answers queued", async () => {
    const server = stubServer();
    const first = held();
    server.reply(first.reply);
    const { result, page } = render();
    await settle();
    act(() => result.current.choose(3, "A"));
    act(() => result.current.choose(4, "B"));
    page.closed = true;
    await first.release();
    await settle();
    expect(server.sent.map((request) => request.questionId)).toEqual([3]);
    expect(result.current.pending).toBe(1);
  });

  it("ignores a choice while the page is not taking answers", async () => {
    const server = stubServer();
    const { result, page, onChosen } = render();
    await settle();
    page.taking = false;
    act(() => result.current.choose(3, "A"));
    await settle();
    expect(result.current.answers.size).toBe(0);
    expect(result.current.pending).toBe(0);
    expect(onChosen).not.toHaveBeenCalled();
    expect(server.sent).toEqual([]);
  });

  it("shows the newer stored answer when the server reports a stale write", async () => {
    const server = stubServer();
    server.reply(() =>
      Response.json({
        question_id: 3,
        selected_option: "D",
        seq: T + 100,
        saved_at: "2026-06-01T09:59:59.000Z",
        stale: true,
        deadline: DEADLINE,
        server_now: iso(T),
      }),
    );
    const { result, onSaved } = render();
    await settle();
    act(() => result.current.choose(3, "A"));
    await settle();
    expect(result.current.answers.get(3)).toEqual({ option: "D", seq: T + 100 });
    expect(result.current.receipts.get(3)).toEqual({
      seq: T + 100,
      savedAt: "2026-06-01T09:59:59.000Z",
    });
    expect(result.current.pending).toBe(0);
    expect(onSaved).toHaveBeenCalledWith({
      questionId: 3,
      option: "D",
      seq: T + 100,
      savedAt: "2026-06-01T09:59:59.000Z",
    });
  });

  it("survives a reload: the unsent answer is shown again and sent with its seq", async () => {
    const server = stubServer();
    server.reply(networkDown);
    const before = render();
    await settle();
    act(() => before.result.current.choose(3, "C"));
    await settle();
    before.unmount();
    expect(vi.getTimerCount()).toBe(0); // the retry went with the page
    expect(stored()).toEqual([{ questionId: 3, selectedOption: "C", seq: T }]);

    const after = render();
    expect(after.result.current.answers.get(3)).toEqual({ option: "C", seq: T });
    await settle();
    expect(server.sent.map(({ questionId, option, seq }) => [questionId, option, seq])).toEqual([
      [3, "C", T],
      [3, "C", T],
    ]);
    expect(after.result.current.pending).toBe(0);
    expect(after.result.current.receipts.get(3)?.seq).toBe(T);
    expect(localStorage.getItem(outboxKey(attemptId))).toBeNull();
  });

  it("after a reload, drops what the server holds newer and numbers new choices above all seen", async () => {
    const server = stubServer();
    // The device clock was set back since these seqs were issued.
    const ahead = T + 1_000_000;
    const earlier = new SharedOutbox(attemptId, localStorage);
    earlier.add({ questionId: 3, selectedOption: "A", seq: 100 });
    earlier.add({ questionId: 4, selectedOption: "B", seq: ahead + 5 });
    const { result } = render({
      saved: [{ question_id: 3, selected_option: "D", seq: 200, saved_at: "2026-06-01T09:00:00Z" }],
    });
    await settle();
    expect(result.current.answers).toEqual(
      new Map([
        [3, { option: "D", seq: 200 }],
        [4, { option: "B", seq: ahead + 5 }],
      ]),
    );
    expect(server.sent.map(({ questionId, seq }) => [questionId, seq])).toEqual([[4, ahead + 5]]);
    act(() => result.current.choose(5, "A"));
    await settle();
    expect(server.sent.at(-1)).toMatchObject({ questionId: 5, seq: ahead + 6 });
  });

  it("shows another tab's queued answer at once, and sends it itself if still queued after 2 s", async () => {
    const server = stubServer();
    const { result } = render();
    await settle();
    const otherTab = new SharedOutbox(attemptId, localStorage);
    otherTab.add({ questionId: 3, selectedOption: "B", seq: T + 50 });
    otherTabChanged();
    expect(result.current.answers.get(3)).toEqual({ option: "B", seq: T + 50 });
    expect(result.current.pending).toBe(1);
    await advance(1999);
    expect(server.sent).toEqual([]);
    await advance(1);
    expect(server.sent).toMatchObject([{ questionId: 3, option: "B", seq: T + 50 }]);
    expect(result.current.pending).toBe(0);
  });

  it("leaves another tab's answer to that tab when it is saved within 2 s; ignores other keys", async () => {
    const server = stubServer();
    const { result } = render();
    await settle();
    const otherTab = new SharedOutbox(attemptId, localStorage);
    otherTab.add({ questionId: 3, selectedOption: "B", seq: T + 50 });
    otherTabChanged();
    await advance(1000);
    otherTab.acknowledge(3, T + 50);
    otherTabChanged();
    expect(result.current.pending).toBe(0);
    act(() => {
      window.dispatchEvent(new StorageEvent("storage", { key: "exam-flags:" + attemptId }));
    });
    await advance(10_000);
    expect(server.sent).toEqual([]);
    expect(result.current.answers.get(3)).toEqual({ option: "B", seq: T + 50 });
  });

  it("applies a newer remote answer, ignores an older one, and numbers later choices above it", async () => {
    stubServer();
    const { result } = render({
      saved: [
        { question_id: 3, selected_option: "A", seq: T + 10, saved_at: "2026-06-01T09:59:00Z" },
      ],
    });
    await settle();
    act(() => result.current.applyRemote({ questionId: 3, option: "B", seq: T + 5 }));
    expect(result.current.answers.get(3)).toEqual({ option: "A", seq: T + 10 });
    act(() => result.current.applyRemote({ questionId: 3, option: "C", seq: T + 20 }));
    expect(result.current.answers.get(3)).toEqual({ option: "C", seq: T + 20 });
    expect(result.current.receipts.get(3)?.seq).toBe(T + 10); // chosen there, not saved yet
    act(() =>
      result.current.applyRemote({ questionId: 3, option: "C", seq: T + 20, savedAt: iso(T) }),
    );
    expect(result.current.receipts.get(3)).toEqual({ seq: T + 20, savedAt: iso(T) });
    // A late "saved" for the older answer changes neither the answer nor the receipt.
    act(() =>
      result.current.applyRemote({ questionId: 3, option: "A", seq: T + 10, savedAt: iso(T + 1) }),
    );
    expect(result.current.answers.get(3)).toEqual({ option: "C", seq: T + 20 });
    expect(result.current.receipts.get(3)).toEqual({ seq: T + 20, savedAt: iso(T) });
    act(() => result.current.choose(4, "D"));
    expect(result.current.answers.get(4)?.seq).toBe(T + 21);
  });

  it("flush sends the queue now and resolves once it is sent", async () => {
    const server = stubServer();
    server.reply(networkDown);
    const { result } = render();
    await settle();
    act(() => result.current.choose(3, "B"));
    await settle();
    let flushed = false;
    await act(async () => {
      await result.current.flush();
      flushed = true;
    });
    expect(flushed).toBe(true);
    expect(server.sent).toHaveLength(2);
    expect(result.current.pending).toBe(0);
  });

  it("clear empties the queue and stops the retries", async () => {
    const server = stubServer();
    server.reply(networkDown);
    const { result } = render();
    await settle();
    act(() => result.current.choose(3, "B"));
    await settle();
    act(() => result.current.clear());
    expect(result.current.pending).toBe(0);
    expect(localStorage.getItem(outboxKey(attemptId))).toBeNull();
    await advance(60_000);
    expect(server.sent).toHaveLength(1);
  });
});
