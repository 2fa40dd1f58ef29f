// A pasted list of people to invite: one per line, "email, first name, last name" (commas,
// semicolons or tabs, so a spreadsheet's columns paste as they are). Blank lines are skipped; the
// rest is checked by the invitation's own rules, row by row.
export function parseInviteList(text: string) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const [email = "", first_name = "", ...rest] = line.split(/\s*[,;\t]\s*/);
      return { email, first_name, last_name: rest.join(" ").trim() };
    });
}
