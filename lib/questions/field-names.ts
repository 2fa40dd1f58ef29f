// A question's fields in their written order: the editor's fields, and the columns a CSV import
// names in its header.
import type { QuestionFields } from "./schemas";

export const questionFieldNames = [
  "text",
  "option_a",
  "option_b",
  "option_c",
  "option_d",
  "correct_answer",
  "difficulty",
] as const satisfies readonly (keyof QuestionFields)[];
