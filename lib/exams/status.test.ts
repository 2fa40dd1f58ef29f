import { describe, expect, it } from "vitest";
import { attemptDeadline, concludedAt, examStatus, stageDisplay, windowClose } from "./status";

const at = (iso: string) => new Date(iso);
const exam = {
  scheduledDate: at("2026-03-01T09:00:00Z"),
  openDurationHours: 2,
  isActive: true,
  countdownMinutes: 90,
  endedEarlyAt: null as Date | null,
};

describe("exam status", () => {
  it("walks draft → scheduled → ongoing → concluded on the window's edges", () => {
    expect(examStatus({ ...exam, scheduledDate: null }, at("2026-03-01T10:00:00Z"))).toBe("draft");
    expect(examStatus(exam, at("2026-03-01T08:59:59.999Z"))).toBe("scheduled");
    expect(examStatus(exam, at("2026-03-01T09:00:00Z"))).toBe("ongoing");
    expect(examStatus(exam, at("2026-03-01T10:59:59.999Z"))).toBe("ongoing");
    expect(examStatus(exam, at("2026-03-01T11:00:00Z"))).toBe("concluded");
  });

  it("is cancelled whenever inactive, and draft wins over cancelled", () => {
    expect(examStatus({ ...exam, isActive: false }, at("2026-03-01T10:00:00Z"))).toBe("cancelled");
    expect(
      examStatus({ ...exam, isActive: false, scheduledDate: null }, at("2026-03-01T10:00:00Z")),
    ).toBe("draft");
  });

  it("reports concluded_at only once concluded", () => {
    expect(concludedAt(exam, at("2026-03-01T10:00:00Z"))).toBeNull();
    expect(concludedAt(exam, at("2026-03-02T00:00:00Z"))).toEqual(at("2026-03-01T11:00:00Z"));
    expect(windowClose({ ...exam, scheduledDate: null })).toBeNull();
  });

  it("cuts the countdown short at the window's close", () => {
    expect(attemptDeadline(exam, at("2026-03-01T09:10:00Z"))).toEqual(at("2026-03-01T10:40:00Z"));
    expect(attemptDeadline(exam, at("2026-03-01T10:00:00Z"))).toEqual(at("2026-03-01T11:00:00Z"));
  });

  it("concludes at the instant it was ended early, which cuts attempts' deadlines short", () => {
    const ended = { ...exam, endedEarlyAt: at("2026-03-01T09:30:00Z") };
    expect(examStatus(ended, at("2026-03-01T09:29:59.999Z"))).toBe("ongoing");
    expect(examStatus(ended, at("2026-03-01T09:30:00Z"))).toBe("concluded");
    expect(concludedAt(ended, at("2026-03-01T09:45:00Z"))).toEqual(at("2026-03-01T09:30:00Z"));
    expect(windowClose(ended)).toEqual(at("2026-03-01T09:30:00Z"));
    expect(attemptDeadline(ended, at("2026-03-01T09:10:00Z"))).toEqual(at("2026-03-01T09:30:00Z"));
    // An end recorded after the planned close changes nothing.
    const late = { ...exam, endedEarlyAt: at("2026-03-01T12:00:00Z") };
    expect(windowClose(late)).toEqual(at("2026-03-01T11:00:00Z"));
    expect(examStatus({ ...ended, isActive: false }, at("2026-03-01T10:00:00Z"))).toBe("cancelled");
  });

  it("formats stage_display with level 1 by default", () => {
    expect(stageDisplay({ stage: "league", level: 2 })).toBe("league_2");
    expect(stageDisplay({ stage: "final", level: null })).toBe("final_1");
  });
});
