// Words of the staff exam page's window controls. Pure.

/** The longest window an exam may have (open_duration_hours, as the API allows). */
export const maxOpenHours = 720;

/** "12 candidates are still writing." — what ending or extending the window affects. */
export function stillWritingSentence(writing: number): string {
  if (writing === 0) return "No candidate is writing it right now.";
  if (writing === 1) return "1 candidate is still writing.";
  return `${writing} candidates are still writing.`;
}
