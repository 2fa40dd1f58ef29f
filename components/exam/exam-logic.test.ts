import { describe, expect, it } from "vitest";
import {
  acknowledge,
  applyAnswer,
  backoffMs,
  classifyResponse,
  closedNotice,
  clockOffset,
  createSeqGenerator,
  enqueue,
  formatRemaining,
  levelAnnouncement,
  mergeAnswers,
  parseOutbox,
  remainingMs,
  saveState,
  timeLevel,
  unansweredNumbers,
} from "./exam-logic";

describe("countdown", () => {
  it("uses the server offset, so a wrong device clock does not matter", () => {
    const device = Date.parse("2026-01-01T09:00:00Z"); // device is an hour behind
    const offset = clockOffset("2026-01-01T10:00:00Z", device);
    expect(offset).toBe(3_600_000);
    expect(remainingMs("2026-01-01T10:30:00Z", device, offset)).toBe(30 * 60_000);
    // 10 minutes later on the device (e.g. after a throttled tab) → 20 minutes left.
    expect(remainingMs("2026-01-01T10:30:00Z", device + 600_000, offset)).toBe(20 * 60_000);
    expect(remainingMs("2026-01-01T10:30:00Z", device + 3_600_000, offset)).toBe(0);
  });

  it("formats and levels the remaining time", () => {
    expect(formatRemaining(65_000)).toBe("01:05");
    expect(formatRemaining(3_723_000)).toBe("1:02:03");
    expect(formatRemaining(500)).toBe("00:01");
    expect(timeLevel(10 * 60_000)).toBe("normal");
    expect(timeLevel(5 * 60_000)).toBe("warning");
    expect(timeLevel(60_000)).toBe("critical");
    expect(timeLevel(0)).toBe("over");
  });
});

describe("seq generator", () => {
  it("is strictly increasing even when the clock stands still or goes back", () => {
    let now = 1000;
    const next = createSeqGenerator(() => now);
    expect(next()).toBe(1000);
    expect(next()).toBe(1001);
    now = 500;
    expect(next()).toBe(1002);
    now = 5000;
    expect(next()).toBe(5000);
  });
});

describe("outbox", () => {
  it("keeps one, newest, entry per question and acknowledges only up to the saved seq", () => {
    let queue = enqueue([], { questionId: 1, selectedOption: "A", seq: 10 });
    queue = enqueue(queue, { questionId: 2, selectedOption: "B", seq: 11 });
    queue = enqueue(queue, { questionId: 1, selectedOption: "C", seq: 12 });
    expect(queue).toEqual([
      { questionId: 2, selectedOption: "B", seq: 11 },
      { questionId: 1, selectedOption: "C", seq: 12 },
    ]);
    expect(enqueue(queue, { questionId: 1, selectedOption: "D", seq: 5 })).toBe(queue);
    // The ack of the older seq 10 must not drop the newer queued choice.
    expect(acknowledge(queue, 1, 10)).toEqual(queue);
    expect(acknowledge(queue, 1, 12)).toEqual([{ questionId: 2, selectedOption: "B", seq: 11 }]);
  });

  it("parses stored queues defensively", () => {
    expect(parseOutbox(null)).toEqual([]);
    expect(parseOutbox("not json")).toEqual([]);
    expect(parseOutbox('{"a":1}')).toEqual([]);
    expect(
      parseOutbox(
        JSON.stringify([
          { questionId: 1, selectedOption: "A", seq: 3 },
          { questionId: 2, selectedOption: "Z", seq: 3 },
        ]),
      ),
    ).toEqual([{ questionId: 1, selectedOption: "A", seq: 3 }]);
  });

  it("merges saved answers with newer queued ones on resume", () => {
    const merged = mergeAnswers(
      [
        { question_id: 1, selected_option: "A", seq: 10 },
        { question_id: 2, selected_option: "B", seq: 20 },
      ],
      [
        { questionId: 1, selectedOption: "D", seq: 15 },
        { questionId: 2, selectedOption: "C", seq: 5 },
        { questionId: 3, selectedOption: "A", seq: 1 },
      ],
    );
    expect(merged.get(1)).toEqual({ option: "D", seq: 15 });
    expect(merged.get(2)).toEqual({ option: "B", seq: 20 });
    expect(merged.get(3)).toEqual({ option: "A", seq: 1 });
  });
});

describe("unanswered and backoff", () => {
  it("lists 1-based numbers of unanswered questions, treating '' as unanswered", () => {
    const answers = new Map([
      [11, { option: "A" as const }],
      [13, { option: "" as const }],
    ]);
    expect(unansweredNumbers([11, 12, 13, 14], answers)).toEqual([2, 3, 4]);
  });

  it("backs off exponentially up to 30 s", () => {
    expect([1, 2, 3, 10].map(backoffMs)).toEqual([1000, 2000, 4000, 30_000]);
  });
});

describe("classifyResponse", () => {
  it("acknowledges, stops, retries or drops", () => {
    expect(classifyResponse(200)).toBe("ok");
    expect(classifyResponse(201)).toBe("ok");
    expect(classifyResponse(403, "exam_not_open")).toBe("closed");
    expect(classifyResponse(400, "exam_already_submitted")).toBe("closed");
    expect(classifyResponse(0)).toBe("retry");
    expect(classifyResponse(503)).toBe("retry");
    expect(classifyResponse(429, "throttled")).toBe("retry");
    expect(classifyResponse(403, "permission_denied")).toBe("drop");
    expect(classifyResponse(400, "invalid_question")).toBe("drop");
  });
});

describe("answers from several sources", () => {
  it("takes an answer only when it is newer than the one shown", () => {
    const start = new Map([[1, { option: "B" as const, seq: 10 }]]);
    const older = applyAnswer(start, { questionId: 1, option: "A", seq: 9 });
    expect(older).toBe(start);
    expect(applyAnswer(start, { questionId: 1, option: "C", seq: 10 })).toBe(start);
    const newer = applyAnswer(start, { questionId: 1, option: "D", seq: 11 });
    expect(newer.get(1)).toEqual({ option: "D", seq: 11 });
    expect(start.get(1)).toEqual({ option: "B", seq: 10 }); // not mutated
    expect(applyAnswer(start, { questionId: 2, option: "A", seq: 1 }).get(2)?.option).toBe("A");
  });

  it("says saved only once the server has the shown answer's seq", () => {
    expect(saveState(undefined, undefined)).toBe("none");
    expect(saveState({ option: "", seq: 3 }, { seq: 3 })).toBe("none");
    expect(saveState({ option: "A", seq: 3 }, undefined)).toBe("saving");
    expect(saveState({ option: "A", seq: 4 }, { seq: 3 })).toBe("saving");
    expect(saveState({ option: "A", seq: 4 }, { seq: 4 })).toBe("saved");
    expect(saveState({ option: "A", seq: 4 }, { seq: 5 })).toBe("saved");
  });
});

describe("notices", () => {
  it("announces the countdown levels", () => {
    expect(levelAnnouncement("normal")).toBe("");
    expect(levelAnnouncement("warning")).toBe("5 minutes left.");
    expect(levelAnnouncement("over")).toMatch(/Time is up/);
  });

  it("says why the page stopped", () => {
    expect(closedNotice("auto-submitted").title).toBe("Time is up");
    expect(closedNotice("other-tab").detail).toMatch(/another tab/);
    expect(closedNotice("server", "exam_already_submitted").title).toBe("Exam closed");
    // Both tabs submit at zero: the one that loses still says time is up.
    expect(closedNotice("server", "exam_already_submitted", "auto").title).toBe("Time is up");
    expect(closedNotice("server", "exam_not_open").title).toBe("Time is up");
  });
});
