// What tabs open on the same attempt tell each other (over a BroadcastChannel), so that an answer
// chosen in one tab shows in the other at once, a newer answer is never replaced by an older one,
// and a tab learns when another tab submitted. Pure: validation and presence bookkeeping.
import type { Option } from "./exam-logic";

export type TabMessage =
  /** A tab opened (others answer "here"), is still open, or is closing. */
  | { type: "hello" | "here" | "bye"; tab: string }
  /** A tab chose an answer (queued for the server with this seq). */
  | { type: "chosen"; tab: string; questionId: number; option: Option; seq: number }
  /** The server confirmed this answer (or, for a stale write, this is what it has stored). */
  | {
      type: "saved";
      tab: string;
      questionId: number;
      option: Option;
      seq: number;
      savedAt: string;
    }
  /** The attempt was submitted from a tab. */
  | { type: "submitted"; tab: string };

export const tabChannelName = (attemptId: string) => `exam-attempt:${attemptId}`;

const options = ["A", "B", "C", "D", ""];

/** The message, or null for anything that is not one (another version of the page, a stranger). */
export function parseTabMessage(data: unknown): TabMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const message = data as Record<string, unknown>;
  if (typeof message.tab !== "string") return null;
  switch (message.type) {
    case "hello":
    case "here":
    case "bye":
    case "submitted":
      return { type: message.type, tab: message.tab } as TabMessage;
    case "chosen":
    case "saved": {
      const { questionId, option, seq, savedAt } = message;
      if (!Number.isInteger(questionId) || !Number.isFinite(seq)) return null;
      if (typeof option !== "string" || !options.includes(option)) return null;
      if (message.type === "saved" && typeof savedAt !== "string") return null;
      return message.type === "chosen"
        ? {
            type: "chosen",
            tab: message.tab,
            questionId: questionId as number,
            option: option as Option,
            seq: seq as number,
          }
        : {
            type: "saved",
            tab: message.tab,
            questionId: questionId as number,
            option: option as Option,
            seq: seq as number,
            savedAt: savedAt as string,
          };
    }
    default:
      return null;
  }
}

/** The other tabs known to be open, after a message. */
export function updatePresence(others: ReadonlySet<string>, message: TabMessage): Set<string> {
  const next = new Set(others);
  if (message.type === "bye") next.delete(message.tab);
  else next.add(message.tab);
  return next;
}
