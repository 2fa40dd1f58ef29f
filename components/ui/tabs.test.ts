import { describe, expect, it } from "vitest";
import { currentTab } from "./tabs";

const tabs = [
  { href: "/admin/exams/5", label: "Overview" },
  { href: "/admin/exams/5/questions", label: "Questions" },
  { href: "/admin/exams/5/scores", label: "Scores" },
];

describe("currentTab", () => {
  it("is the tab whose path the page is at, or under", () => {
    expect(currentTab(tabs, "/admin/exams/5").label).toBe("Overview");
    expect(currentTab(tabs, "/admin/exams/5/").label).toBe("Overview");
    expect(currentTab(tabs, "/admin/exams/5/questions").label).toBe("Questions");
    expect(currentTab(tabs, "/admin/exams/5/scores/").label).toBe("Scores");
    expect(currentTab(tabs, "/admin/exams/5/scores/17").label).toBe("Scores");
  });

  it("counts whole segments, and falls back to the first tab", () => {
    expect(currentTab(tabs, "/admin/exams/5/scoresheet").label).toBe("Overview");
    expect(currentTab(tabs, "/admin/exams/55/scores").label).toBe("Overview");
    expect(currentTab(tabs, "/elsewhere").label).toBe("Overview");
  });
});
