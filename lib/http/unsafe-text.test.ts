import { describe, expect, it } from "vitest";
import { nulMessage, surrogateMessage, unsafeTextErrors, unsafeTextProblem } from "./unsafe-text";

describe("unsafeTextProblem", () => {
  it("refuses NUL and unpaired surrogates, and accepts every other character", () => {
    expect(unsafeTextProblem("a\u0000b")).toBe(nulMessage);
    expect(unsafeTextProblem("a\ud800")).toBe(surrogateMessage);
    expect(unsafeTextProblem("\udc00a")).toBe(surrogateMessage);
    expect(unsafeTextProblem("😀 \u0001 \ufffd é 中")).toBeNull();
    expect(unsafeTextProblem("")).toBeNull();
  });
});

describe("unsafeTextErrors", () => {
  it("names every refused string by its dotted path, at any depth, keys included", () => {
    expect(
      unsafeTextErrors({
        name: "ok",
        answers: [{ text: "fine" }, { text: "x\u0000" }],
        nested: { deeper: ["\ud800"] },
        "key\u0000": 1,
        count: 5,
        flag: true,
        none: null,
      }),
    ).toEqual({
      "answers.1.text": [nulMessage],
      "nested.deeper.0": [surrogateMessage],
      "key\u0000": [nulMessage],
    });
  });

  it("names a bare string non_field_errors, and is null when all is well", () => {
    expect(unsafeTextErrors("\u0000")).toEqual({ non_field_errors: [nulMessage] });
    expect(unsafeTextErrors({ a: ["b", { c: "d" }] })).toBeNull();
    expect(unsafeTextErrors(undefined)).toBeNull();
  });

  it("reads FormData fields and the names of uploaded files", () => {
    const form = new FormData();
    form.set("title", "ok");
    form.set("note", "a\u0000");
    form.set("file", new Blob(["content \u0000 is not text"]), "scan\u0000.png");
    expect(unsafeTextErrors(form)).toEqual({ note: [nulMessage], file: [nulMessage] });
  });

  it("walks a deeply nested body without exhausting the stack", () => {
    let value: unknown = "\u0000";
    for (let depth = 0; depth < 100_000; depth += 1) value = [value];
    const errors = unsafeTextErrors(value);
    expect(Object.values(errors!)).toEqual([[nulMessage]]);
  });
});
