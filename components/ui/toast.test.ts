import { afterEach, describe, expect, it } from "vitest";
import { dismissToast, toast, toastsOnShow } from "./toast";

afterEach(() => {
  for (const shown of toastsOnShow()) dismissToast(shown.id);
});

describe("toast", () => {
  it("shows a success toast by default and dismisses it by id", () => {
    const id = toast({ title: "Saved." });
    expect(toastsOnShow()).toEqual([{ id, title: "Saved.", tone: "success" }]);
    dismissToast(id);
    expect(toastsOnShow()).toEqual([]);
  });

  it("keeps the three newest", () => {
    for (const title of ["one", "two", "three", "four"]) toast({ title });
    expect(toastsOnShow().map((shown) => shown.title)).toEqual(["two", "three", "four"]);
  });

  it("replaces a toast with the same key, and leaves others", () => {
    toast({ title: "Window extended.", key: "exam-window-1" });
    toast({ title: "Other exam.", key: "exam-window-2" });
    toast({ title: "Exam ended.", key: "exam-window-1", tone: "info" });
    expect(toastsOnShow().map((shown) => [shown.title, shown.tone])).toEqual([
      ["Other exam.", "success"],
      ["Exam ended.", "info"],
    ]);
  });
});
