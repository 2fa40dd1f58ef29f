// Pure logic behind the exam-taking page: server-clock countdown, autosave sequence numbers,
// the localStorage outbox of unsent answers, and the unanswered list. No React, no DOM.

export type Option = "A" | "B" | "C" | "D" | "";
export const OPTIONS = ["A", "B", "C", "D"] as const;

/** offset = server_now − device now, so `deviceNow + offset` estimates the server's clock. */
export function clockOffset(serverNowIso: string, deviceNowMs: number): number {
  return Date.parse(serverNowIso) - deviceNowMs;
}

/** Milliseconds left until the server deadline (never negative), from the device clock + offset. */
export function remainingMs(deadlineIso: string, deviceNowMs: number, offsetMs: number): number {
  return Math.max(0, Date.parse(deadlineIso) - (deviceNowMs + offsetMs));
}

/** "1:02:03" / "04:05". */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export type TimeLevel = "normal" | "warning" | "critical" | "over";

/** Visual/announcement level: warning at ≤ 5 min, critical at ≤ 1 min. */
export function timeLevel(ms: number): TimeLevel {
  if (ms <= 0) return "over";
  if (ms <= 60_000) return "critical";
  if (ms <= 5 * 60_000) return "warning";
  return "normal";
}

/**
 * A strictly increasing counter seeded from the clock, so sequence numbers issued after a reload
 * are higher than any issued before it (the server ignores a lower seq).
 */
export function createSeqGenerator(now: () => number = Date.now) {
  let last = 0;
  return () => {
    last = Math.max(last + 1, now());
    return last;
  };
}

export type OutboxItem = { questionId: number; selectedOption: Option; seq: number };

export const outboxKey = (attemptId: string) => `exam-outbox:${attemptId}`;

/** Queue an answer: replaces any queued answer for the same question unless that one is newer. */
export function enqueue(queue: OutboxItem[], item: OutboxItem): OutboxItem[] {
  const existing = queue.find((entry) => entry.questionId === item.questionId);
  if (existing && existing.seq > item.seq) return queue;
  return [...queue.filter((entry) => entry.questionId !== item.questionId), item];
}

/** Drop a queued answer once saved — only if no newer choice was queued meanwhile. */
export function acknowledge(queue: OutboxItem[], questionId: number, seq: number): OutboxItem[] {
  return queue.filter((entry) => !(entry.questionId === questionId && entry.seq <= seq));
}

export function parseOutbox(raw: string | null): OutboxItem[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is OutboxItem =>
        typeof item === "object" &&
        item !== null &&
        typeof item.questionId === "number" &&
        typeof item.seq === "number" &&
        ["A", "B", "C", "D", ""].includes(item.selectedOption),
    );
  } catch {
    return [];
  }
}

export type SavedAnswer = { question_id: number; selected_option: string; seq: number };

/** The answers to show after a (re)load: saved ones, overridden by newer queued local ones. */
export function mergeAnswers(
  saved: SavedAnswer[],
  queued: OutboxItem[],
): Map<number, { option: Option; seq: number }> {
  const merged = new Map<number, { option: Option; seq: number }>();
  for (const answer of saved) {
    merged.set(answer.question_id, { option: answer.selected_option as Option, seq: answer.seq });
  }
  for (const item of queued) {
    const current = merged.get(item.questionId);
    if (!current || item.seq > current.seq) {
      merged.set(item.questionId, { option: item.selectedOption, seq: item.seq });
    }
  }
  return merged;
}

/** 1-based numbers of the questions without a chosen option. */
export function unansweredNumbers(
  questionIds: number[],
  answers: Map<number, { option: Option }>,
): number[] {
  return questionIds.flatMap((id, index) => (answers.get(id)?.option ? [] : [index + 1]));
}

/** Retry delay for the n-th consecutive failure (1-based): 1s, 2s, 4s … capped at 30s. */
export function backoffMs(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

export type ResponseAction = "ok" | "closed" | "retry" | "drop";

/**
 * What the page does with an autosave/submit response: a success is acknowledged; the exam being
 * closed (403 exam_not_open, 400 exam_already_submitted) stops the page; network failures (status
 * 0 here), timeouts, throttling and server errors are retried with backoff; any other refusal is
 * dropped so the queue keeps moving.
 */
export function classifyResponse(status: number, code?: string): ResponseAction {
  if (status >= 200 && status < 300) return "ok";
  if (
    (status === 403 && code === "exam_not_open") ||
    (status === 400 && code === "exam_already_submitted")
  ) {
    return "closed";
  }
  if (status === 0 || status === 408 || status === 429 || status >= 500) return "retry";
  return "drop";
}

export type AnswerUpdate = { questionId: number; option: Option; seq: number };

/** An answer from this tab, another tab or the server: taken only when newer than the one shown. */
export function applyAnswer(
  answers: Map<number, { option: Option; seq: number }>,
  update: AnswerUpdate,
): Map<number, { option: Option; seq: number }> {
  const known = answers.get(update.questionId);
  if (known && known.seq >= update.seq) return answers;
  const next = new Map(answers);
  next.set(update.questionId, { option: update.option, seq: update.seq });
  return next;
}

export type SaveState = "none" | "saving" | "saved";

/** What the receipt line says for the shown answer: saved once the server has that seq or later. */
export function saveState(
  answer: { option: Option; seq: number } | undefined,
  receipt: { seq: number } | undefined,
): SaveState {
  if (!answer || answer.option === "") return "none";
  return receipt && receipt.seq >= answer.seq ? "saved" : "saving";
}

/** The screen-reader announcement when the countdown crosses into a level ("" for none). */
export function levelAnnouncement(level: TimeLevel): string {
  if (level === "warning") return "5 minutes left.";
  if (level === "critical") return "1 minute left.";
  if (level === "over") return "Time is up. Submitting your answers.";
  return "";
}

export type ClosedReason = "submitted" | "auto-submitted" | "other-tab" | "server";

/**
 * Why the page stopped taking answers, in words. `server` is the server refusing a write:
 * exam_already_submitted (already in), anything else (exam_not_open) means time is up.
 */
export function closedNotice(
  reason: ClosedReason,
  code?: string,
  kind?: "candidate" | "auto",
): { title: string; detail: string } {
  switch (reason) {
    case "submitted":
      return { title: "Submitted", detail: "Your answers were submitted. Loading your result…" };
    case "auto-submitted":
      return {
        title: "Time is up",
        detail: "Your answers were submitted automatically. Opening your result…",
      };
    case "other-tab":
      return {
        title: "Exam submitted",
        detail: "Your answers were submitted from another tab or window.",
      };
    case "server":
      if (code === "exam_already_submitted" && kind !== "auto") {
        // Closed elsewhere: another device submitted, or the organisers ended the exam early.
        return {
          title: "Exam closed",
          detail:
            "This attempt no longer accepts answers: your saved answers have been submitted. The exam may have been ended early by the organisers, or submitted from another device.",
        };
      }
      return {
        title: "Time is up",
        detail: "The exam no longer accepts answers. Your saved answers are submitted.",
      };
  }
}
