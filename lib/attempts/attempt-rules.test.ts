import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { checkEligibility } from "./attempt-rules";

const now = new Date("2026-06-01T10:00:00Z");
const exam = {
  stage: "final" as const,
  scheduledDate: new Date("2026-06-01T09:00:00Z"),
  openDurationHours: 2,
  isActive: true,
  endedEarlyAt: null as Date | null,
};

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ApiError ? `${error.status} ${error.code}` : "other";
  }
}

describe("checkEligibility", () => {
  it("checks verified first, then stage, then the window", () => {
    const closed = { ...exam, scheduledDate: new Date("2026-06-02T09:00:00Z") };
    const unverified = { isUserVerified: false, role: "league" };
    expect(codeOf(() => checkEligibility(unverified, closed, now))).toBe(
      "403 unverified_candidate",
    );
    const league = { isUserVerified: true, role: "league" };
    expect(codeOf(() => checkEligibility(league, closed, now))).toBe("403 exam_not_eligible");
    const finalist = { isUserVerified: true, role: "final" };
    expect(codeOf(() => checkEligibility(finalist, closed, now))).toBe("403 exam_not_open");
    expect(codeOf(() => checkEligibility(finalist, exam, now))).toBeNull();
  });

  it("counts winners as final and refuses cancelled exams", () => {
    const winner = { isUserVerified: true, role: "winner" };
    expect(codeOf(() => checkEligibility(winner, exam, now))).toBeNull();
    expect(codeOf(() => checkEligibility(winner, { ...exam, isActive: false }, now))).toBe(
      "403 exam_not_open",
    );
    expect(codeOf(() => checkEligibility(winner, { ...exam, stage: "league" }, now))).toBe(
      "403 exam_not_eligible",
    );
  });

  it("refuses an exam that was ended early, though its window had time left", () => {
    const finalist = { isUserVerified: true, role: "final" };
    const ended = { ...exam, endedEarlyAt: new Date("2026-06-01T09:59:00Z") };
    expect(codeOf(() => checkEligibility(finalist, ended, now))).toBe("403 exam_not_open");
  });
});
