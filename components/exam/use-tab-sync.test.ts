// @vitest-environment happy-dom
// useTabSync over a real BroadcastChannel (Node's, which happy-dom leaves in place): tabs are
// rendered hooks, or a bare channel playing a tab of another version of the page. The last tests
// wire it to useAnswerOutbox and useAttemptPhase as exam-taker does, with the autosave stubbed.
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { closedNotice } from "./exam-logic";
import { tabChannelName, type TabMessage } from "./tab-messages";
import { useAnswerOutbox } from "./use-answer-outbox";
import { useAttemptPhase } from "./use-attempt-phase";
import { useTabSync } from "./use-tab-sync";

const attemptId = "0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f";
const otherAttemptId = "9d1c7e2a-3b4f-4a5e-8c6d-7e8f9a0b1c2d";

/** A bare channel on the attempt: what it hears, and a way to speak as another tab. */
const channels: BroadcastChannel[] = [];
function rawTab(id = attemptId) {
  const channel = new BroadcastChannel(tabChannelName(id));
  channels.push(channel);
  const heard: Record<string, unknown>[] = [];
  channel.onmessage = (event: MessageEvent) => heard.push(event.data);
  return { heard, post: (data: unknown) => channel.postMessage(data) };
}

function renderTab(id = attemptId) {
  const onMessage = vi.fn<(message: TabMessage) => void>();
  const hook = renderHook(() => useTabSync(id, onMessage));
  return { ...hook, onMessage };
}

/** A tab's id, read from the hello it says when it opens. */
async function helloFrom(raw: ReturnType<typeof rawTab>, index = 0): Promise<string> {
  await waitFor(() => expect(raw.heard.filter((m) => m.type === "hello")).toHaveLength(index + 1));
  return String(raw.heard.filter((m) => m.type === "hello")[index]!.tab);
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  for (const channel of channels.splice(0)) channel.close();
  vi.unstubAllGlobals();
});

describe("useTabSync", () => {
  it("says hello, answers another tab's hello with here, and counts the tabs until bye", async () => {
    const raw = rawTab();
    const { result, onMessage } = renderTab();
    const tab = await helloFrom(raw);
    expect(result.current.otherTabs).toBe(0);

    raw.post({ type: "hello", tab: "other" });
    await waitFor(() => expect(raw.heard).toContainEqual({ type: "here", tab }));
    expect(result.current.otherTabs).toBe(1);
    raw.post({ type: "here", tab: "third" });
    await waitFor(() => expect(result.current.otherTabs).toBe(2));
    raw.post({ type: "bye", tab: "other" });
    await waitFor(() => expect(result.current.otherTabs).toBe(1));
    // Presence is bookkeeping, not news for the page.
    expect(onMessage).not.toHaveBeenCalled();
  });

  it("carries what one tab posts to the other, signed with the sender's tab", async () => {
    const raw = rawTab();
    const first = renderTab();
    const firstId = await helloFrom(raw, 0);
    const second = renderTab();
    await helloFrom(raw, 1);
    await waitFor(() => {
      expect(first.result.current.otherTabs).toBe(1);
      expect(second.result.current.otherTabs).toBe(1);
    });

    act(() => first.result.current.post({ type: "chosen", questionId: 3, option: "B", seq: 5 }));
    await waitFor(() =>
      expect(second.onMessage).toHaveBeenCalledWith({
        type: "chosen",
        tab: firstId,
        questionId: 3,
        option: "B",
        seq: 5,
      }),
    );
    act(() => first.result.current.post({ type: "submitted" }));
    await waitFor(() =>
      expect(second.onMessage).toHaveBeenLastCalledWith({ type: "submitted", tab: firstId }),
    );
    expect(first.onMessage).not.toHaveBeenCalled();

    // Closing a tab says bye: the other one is alone again.
    second.unmount();
    await waitFor(() => expect(first.result.current.otherTabs).toBe(0));
  });

  it("ignores what is not a tab message", async () => {
    const raw = rawTab();
    const { result, onMessage } = renderTab();
    await helloFrom(raw);
    for (const data of [
      "hello",
      { type: "chosen", tab: "stranger", questionId: "3", option: "A", seq: 1 },
      { type: "saved", tab: "stranger", questionId: 3, option: "A", seq: 1 },
      { type: "shout", tab: "stranger" },
    ]) {
      raw.post(data);
    }
    raw.post({ type: "submitted", tab: "friend" }); // after the rest, on the same channel
    await waitFor(() => expect(onMessage).toHaveBeenCalled());
    expect(onMessage).toHaveBeenCalledExactlyOnceWith({ type: "submitted", tab: "friend" });
    expect(result.current.otherTabs).toBe(1);
  });

  it("keeps attempts apart", async () => {
    const raw = rawTab();
    const elsewhere = rawTab(otherAttemptId);
    const { onMessage } = renderTab();
    await helloFrom(raw);
    elsewhere.post({ type: "submitted", tab: "stranger" });
    raw.post({ type: "chosen", tab: "friend", questionId: 1, option: "A", seq: 1 });
    await waitFor(() => expect(onMessage).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onMessage).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ type: "chosen", tab: "friend" }),
    );
    expect(elsewhere.heard).toEqual([]);
  });

  it("says bye when the page is hidden for good (pagehide)", async () => {
    const raw = rawTab();
    renderTab();
    const tab = await helloFrom(raw);
    window.dispatchEvent(new Event("pagehide"));
    await waitFor(() => expect(raw.heard).toContainEqual({ type: "bye", tab }));
  });
});

describe("useTabSync wired to the answers (as on the exam page)", () => {
  function renderPage(saved: { question_id: number; selected_option: string; seq: number }[]) {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string, init: RequestInit) => {
        const body = JSON.parse(String(init.body));
        return Response.json({
          question_id: Number(/answers\/(\d+)\//.exec(url)![1]),
          selected_option: body.selected_option,
          seq: body.seq,
          saved_at: "2026-06-01T10:00:05.000Z",
          stale: false,
          deadline: "2026-06-01T11:00:00.000Z",
          server_now: new Date().toISOString(),
        });
      }),
    );
    const attempt = {
      id: attemptId,
      answers: saved.map((answer) => ({ ...answer, saved_at: "2026-06-01T09:00:00.000Z" })),
    };
    return renderHook(() => {
      const phase = useAttemptPhase();
      const tabs = useTabSync(attemptId, (message) => {
        if (message.type === "chosen" || message.type === "saved") outbox.applyRemote(message);
        if (message.type === "submitted") {
          outbox.clear();
          phase.close(closedNotice("other-tab"));
        }
      });
      const outbox = useAnswerOutbox({
        examId: 7,
        attempt,
        isTaking: phase.isTaking,
        isClosed: phase.isClosed,
        onServerTime: () => {},
        onClosedByServer: () => {},
        onChosen: (answer) => tabs.post({ type: "chosen", ...answer }),
        onSaved: (answer) => tabs.post({ type: "saved", ...answer }),
      });
      return { phase, tabs, outbox };
    });
  }

  it("applies a newer answer from another tab and ignores an older one", async () => {
    const S = Date.now() + 1_000_000;
    const raw = rawTab();
    const { result } = renderPage([{ question_id: 3, selected_option: "A", seq: S }]);
    await helloFrom(raw);

    raw.post({ type: "chosen", tab: "other", questionId: 3, option: "B", seq: S + 1 });
    await waitFor(() =>
      expect(result.current.outbox.answers.get(3)).toEqual({ option: "B", seq: S + 1 }),
    );
    expect(result.current.outbox.receipts.get(3)?.seq).toBe(S);

    raw.post({ type: "chosen", tab: "other", questionId: 3, option: "C", seq: S - 1 });
    raw.post({ type: "chosen", tab: "other", questionId: 4, option: "A", seq: S + 2 });
    await waitFor(() => expect(result.current.outbox.answers.get(4)?.option).toBe("A"));
    // The older C, sent before that on the same channel, changed nothing.
    expect(result.current.outbox.answers.get(3)).toEqual({ option: "B", seq: S + 1 });

    // The other tab's receipt for B: saved, and a late receipt for the older seq is ignored.
    const savedAt = "2026-06-01T10:00:09.000Z";
    raw.post({ type: "saved", tab: "other", questionId: 3, option: "B", seq: S + 1, savedAt });
    raw.post({ type: "saved", tab: "other", questionId: 3, option: "A", seq: S, savedAt: "x" });
    raw.post({ type: "saved", tab: "other", questionId: 4, option: "A", seq: S + 2, savedAt });
    await waitFor(() => expect(result.current.outbox.receipts.get(4)?.seq).toBe(S + 2));
    expect(result.current.outbox.receipts.get(3)).toEqual({ seq: S + 1, savedAt });
    expect(result.current.outbox.answers.get(3)).toEqual({ option: "B", seq: S + 1 });
  });

  it("tells the other tabs what was chosen and saved here, and closes when another tab submits", async () => {
    const raw = rawTab();
    const { result } = renderPage([]);
    const tab = await helloFrom(raw);
    act(() => result.current.outbox.choose(2, "D"));
    const seq = result.current.outbox.answers.get(2)!.seq;
    await waitFor(() =>
      expect(raw.heard).toContainEqual({
        type: "saved",
        tab,
        questionId: 2,
        option: "D",
        seq,
        savedAt: "2026-06-01T10:00:05.000Z",
      }),
    );
    expect(raw.heard).toContainEqual({ type: "chosen", tab, questionId: 2, option: "D", seq });

    raw.post({ type: "submitted", tab: "other" });
    await waitFor(() => expect(result.current.phase.phase).toBe("closed"));
    expect(result.current.phase.notice).toEqual(closedNotice("other-tab"));
  });
});
