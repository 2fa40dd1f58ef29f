// "Flag for review": a candidate's own reminder to come back to a question. Kept in localStorage
// per attempt (not on the server): it is not part of the answers and is never scored, it survives
// a reload, every tab on the attempt sees it (storage events), and it needs no new API. It stays on
// this device; the submit dialog lists the flagged questions before the answers are final.

export const flagsKey = (attemptId: string) => `exam-flags:${attemptId}`;

export function parseFlags(raw: string | null): Set<number> {
  if (!raw) return new Set();
  try {
    const value: unknown = JSON.parse(raw);
    return new Set(Array.isArray(value) ? value.filter((id) => Number.isInteger(id)) : []);
  } catch {
    return new Set();
  }
}

export function serializeFlags(flags: ReadonlySet<number>): string {
  return JSON.stringify([...flags].sort((a, b) => a - b));
}

export function toggleFlag(flags: ReadonlySet<number>, questionId: number): Set<number> {
  const next = new Set(flags);
  if (next.has(questionId)) next.delete(questionId);
  else next.add(questionId);
  return next;
}

/** 1-based numbers of the flagged questions, in exam order (ids of removed questions ignored). */
export function flaggedNumbers(questionIds: number[], flags: ReadonlySet<number>): number[] {
  return questionIds.flatMap((id, index) => (flags.has(id) ? [index + 1] : []));
}
