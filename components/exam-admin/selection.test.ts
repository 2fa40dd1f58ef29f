import { describe, expect, it } from "vitest";
import {
  allShownSelected,
  bankQuery,
  clearShown,
  countByDifficulty,
  selectShown,
  toggleQuestion,
  type PickedQuestion,
} from "./selection";

const q = (id: number, difficulty: PickedQuestion["difficulty"] = "easy"): PickedQuestion => ({
  id,
  text: `Question ${id}`,
  difficulty,
});

describe("question selection", () => {
  it("toggles one question, appending in the order picked", () => {
    let selected = toggleQuestion([], q(3), true);
    selected = toggleQuestion(selected, q(1), true);
    selected = toggleQuestion(selected, q(3), true);
    expect(selected.map((entry) => entry.id)).toEqual([3, 1]);
    selected = toggleQuestion(selected, q(3), false);
    expect(selected.map((entry) => entry.id)).toEqual([1]);
    expect(toggleQuestion(selected, q(9), false)).toBe(selected);
  });

  it("selects and clears all shown, leaving the others", () => {
    const shown = [q(1), q(2), q(3)];
    const selected = selectShown([q(9), q(2)], shown);
    expect(selected.map((entry) => entry.id)).toEqual([9, 2, 1, 3]);
    expect(allShownSelected(selected, shown)).toBe(true);
    expect(allShownSelected([q(1)], shown)).toBe(false);
    expect(allShownSelected([], [])).toBe(false);
    expect(clearShown(selected, shown).map((entry) => entry.id)).toEqual([9]);
  });

  it("counts the selection by difficulty", () => {
    expect(countByDifficulty([q(1), q(2, "hard"), q(3, "easy"), q(4, "moderate")])).toEqual({
      total: 4,
      easy: 2,
      moderate: 1,
      hard: 1,
    });
    expect(countByDifficulty([])).toEqual({ total: 0, easy: 0, moderate: 0, hard: 0 });
  });
});

describe("bankQuery", () => {
  it("asks for the first 100 with the filters that are set", () => {
    expect(bankQuery({})).toBe("page_size=100");
    expect(bankQuery({ difficulty: "hard", search: "  prime " })).toBe(
      "page_size=100&difficulty=hard&search=prime",
    );
    expect(bankQuery({ difficulty: "", search: " " })).toBe("page_size=100");
  });
});
