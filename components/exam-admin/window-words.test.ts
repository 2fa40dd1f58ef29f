import { describe, expect, it } from "vitest";
import { stillWritingSentence } from "./window-words";

describe("stillWritingSentence", () => {
  it("counts candidates in plain words", () => {
    expect(stillWritingSentence(0)).toBe("No candidate is writing it right now.");
    expect(stillWritingSentence(1)).toBe("1 candidate is still writing.");
    expect(stillWritingSentence(12)).toBe("12 candidates are still writing.");
  });
});
