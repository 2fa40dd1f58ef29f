// How the question pages show things in short: long text cut at a word, staff members' names.

/** Long text shortened to about `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // Cut at the last space, unless the cut already ends a word or no space is near the end.
  const space = flat[max - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

type StaffRef = {
  user: { id: string; email: string; first_name: string; last_name: string };
} | null;

/** "Ada Obi", "Ada Obi (you)", their email when nameless, or "—" when the account is gone. */
export function staffName(ref: StaffRef, viewerId?: string): string {
  if (!ref) return "—";
  const name = `${ref.user.first_name} ${ref.user.last_name}`.trim() || ref.user.email;
  return ref.user.id === viewerId ? `${name} (you)` : name;
}
