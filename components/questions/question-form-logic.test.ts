import { describe, expect, it } from "vitest";
import { duplicateOptionErrors } from "@/lib/questions/question-items";
import {
  checkQuestion,
  draftFromForm,
  draftOf,
  duplicateOptions,
  emptyDraft,
  firstInvalidField,
  type QuestionDraft,
} from "./question-form-logic";

const good: QuestionDraft = {
  text: "  What is 6 × 7?  ",
  option_a: "36",
  option_b: "42",
  option_c: "48",
  option_d: "54",
  correct_answer: "B",
  difficulty: "easy",
};

describe("the question editor's checks", () => {
  it("accept a complete question and trim it as the server does", () => {
    const checked = checkQuestion(good);
    expect(checked).toEqual({ ok: true, fields: { ...good, text: "What is 6 × 7?" } });
  });

  it("ask for every field of an empty draft, with a plain word for the two choices", () => {
    const checked = checkQuestion(emptyDraft);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      text: ["May not be blank."],
      option_a: ["May not be blank."],
      option_b: ["May not be blank."],
      option_c: ["May not be blank."],
      option_d: ["May not be blank."],
      correct_answer: ["Choose the correct answer."],
      difficulty: ["Choose a difficulty."],
    });
    expect(firstInvalidField(checked.errors)).toBe("text");
  });

  it("refuse blank-looking text, overlong text and unknown choices with the schema's words", () => {
    const checked = checkQuestion({
      ...good,
      text: "   ",
      option_c: "x".repeat(501),
      correct_answer: "E",
      difficulty: "trivial",
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      text: ["May not be blank."],
      option_c: ["At most 500 characters."],
      correct_answer: ["Must be one of A, B, C, D."],
      difficulty: ["Must be one of easy, moderate, hard."],
    });
    expect(firstInvalidField(checked.errors)).toBe("text");
  });

  it("flag repeated options on the same fields as the server, ignoring case and spaces", () => {
    const samples: QuestionDraft[] = [
      { ...good, option_d: " 42 " },
      { ...good, option_a: "Yes", option_b: "yes", option_c: "YES" },
      { ...good, option_a: "x", option_b: "y", option_c: "x", option_d: "y" },
      good,
    ];
    for (const sample of samples) {
      expect(Object.keys(duplicateOptions(sample)).sort()).toEqual(
        Object.keys(duplicateOptionErrors(sample)).sort(),
      );
    }
    expect(duplicateOptions({ ...good, option_d: " 42 " })).toEqual({
      option_d: ["Must differ from option B."],
    });
    const checked = checkQuestion({ ...good, option_d: "42" });
    expect(checked.ok ? null : firstInvalidField(checked.errors)).toBe("option_d");
  });

  it("keep a blank option's own error rather than calling two blanks duplicates", () => {
    const checked = checkQuestion({ ...good, option_a: "", option_b: "" });
    expect(checked.ok ? null : checked.errors).toEqual({
      option_a: ["May not be blank."],
      option_b: ["May not be blank."],
    });
  });

  it("read a submitted form, treating missing fields as empty", () => {
    const form = new FormData();
    form.set("text", "Q");
    form.set("option_a", "a");
    form.set("correct_answer", "A");
    form.set("option_b", new Blob(["b"]));
    expect(draftFromForm(form)).toEqual({
      ...emptyDraft,
      text: "Q",
      option_a: "a",
      correct_answer: "A",
    });
  });

  it("start editing from a saved question's fields only", () => {
    const saved = checkQuestion(good);
    if (!saved.ok) throw new Error("expected a valid question");
    expect(draftOf({ ...saved.fields, id: 3 } as typeof saved.fields)).toEqual(saved.fields);
  });
});
