// The builder's question selection: an ordered list of picked questions (exam order = the order
// they were picked, existing questions first), toggled one by one or for all shown, counted by
// difficulty; and the bank query string. Pure.

export const difficulties = ["easy", "moderate", "hard"] as const;
export type Difficulty = (typeof difficulties)[number];
export type PickedQuestion = { id: number; text: string; difficulty: Difficulty };

export type DifficultyCounts = Record<Difficulty, number> & { total: number };

export function countByDifficulty(picked: PickedQuestion[]): DifficultyCounts {
  const counts: DifficultyCounts = { total: picked.length, easy: 0, moderate: 0, hard: 0 };
  for (const question of picked) counts[question.difficulty] += 1;
  return counts;
}

/** Add (at the end) or remove one question. */
export function toggleQuestion(
  selected: PickedQuestion[],
  question: PickedQuestion,
  on: boolean,
): PickedQuestion[] {
  const has = selected.some((entry) => entry.id === question.id);
  if (on) return has ? selected : [...selected, question];
  return has ? selected.filter((entry) => entry.id !== question.id) : selected;
}

/** Add every shown question not yet picked, in the order shown. */
export function selectShown(selected: PickedQuestion[], shown: PickedQuestion[]): PickedQuestion[] {
  const ids = new Set(selected.map((entry) => entry.id));
  return [...selected, ...shown.filter((question) => !ids.has(question.id))];
}

/** Remove every shown question (others stay picked). */
export function clearShown(selected: PickedQuestion[], shown: PickedQuestion[]): PickedQuestion[] {
  const ids = new Set(shown.map((question) => question.id));
  return selected.filter((entry) => !ids.has(entry.id));
}

export function allShownSelected(selected: PickedQuestion[], shown: PickedQuestion[]): boolean {
  const ids = new Set(selected.map((entry) => entry.id));
  return shown.length > 0 && shown.every((question) => ids.has(question.id));
}

export const bankPageSize = 100;

/** GET /api/v1/questions/'s query for one filter of the bank (first page of up to 100). */
export function bankQuery(filter: { difficulty?: Difficulty | ""; search?: string }): string {
  const search = new URLSearchParams({ page_size: String(bankPageSize) });
  if (filter.difficulty) search.set("difficulty", filter.difficulty);
  const term = filter.search?.trim();
  if (term) search.set("search", term);
  return search.toString();
}
