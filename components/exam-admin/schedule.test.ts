import { describe, expect, it } from "vitest";
import {
  countdownText,
  examWindow,
  formatDuration,
  isInPast,
  isKnownTimeZone,
  pastScheduleNote,
  isoInZone,
  isoToLocalInput,
  localInputToIso,
  zoneOffsetMinutes,
} from "./schedule";

describe("zoneOffsetMinutes", () => {
  it("follows the zone's summer and winter time", () => {
    expect(zoneOffsetMinutes(new Date("2026-01-15T12:00:00Z"), "Europe/Berlin")).toBe(60);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "Europe/Berlin")).toBe(120);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "America/New_York")).toBe(-240);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "Asia/Kolkata")).toBe(330);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "UTC")).toBe(0);
  });
});

describe("localInputToIso", () => {
  it("reads the wall time in the viewer's zone and keeps that zone's offset", () => {
    expect(localInputToIso("2026-01-02T10:00", "Europe/Berlin")).toBe("2026-01-02T10:00:00+01:00");
    expect(localInputToIso("2026-07-02T10:00", "Europe/Berlin")).toBe("2026-07-02T10:00:00+02:00");
    expect(localInputToIso("2026-07-02T10:00", "America/New_York")).toBe(
      "2026-07-02T10:00:00-04:00",
    );
    expect(localInputToIso("2026-07-02T10:00:30", "Asia/Kolkata")).toBe(
      "2026-07-02T10:00:30+05:30",
    );
    expect(localInputToIso("2026-07-02T10:00", "UTC")).toBe("2026-07-02T10:00:00+00:00");
  });

  it("names the same instant as the wall time it was given", () => {
    const iso = localInputToIso("2026-03-29T09:15", "Europe/Berlin")!;
    expect(new Date(iso).toISOString()).toBe("2026-03-29T07:15:00.000Z");
  });

  it("gets the offset right on the days the clocks change", () => {
    // Berlin: 2026-03-29 02:00 → 03:00; 2026-10-25 03:00 → 02:00.
    expect(localInputToIso("2026-03-29T01:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00+01:00");
    expect(localInputToIso("2026-03-29T03:30", "Europe/Berlin")).toBe("2026-03-29T03:30:00+02:00");
    // 02:30 does not exist that night: it moves forward by the hour skipped.
    expect(localInputToIso("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T03:30:00+02:00");
    expect(localInputToIso("2026-10-25T04:00", "Europe/Berlin")).toBe("2026-10-25T04:00:00+01:00");
  });

  it("handles the clock changes of zones on both sides of UTC and in the southern hemisphere", () => {
    // New York: 2026-03-08 02:00 → 03:00; 2026-11-01 02:00 → 01:00.
    expect(localInputToIso("2026-03-08T02:30", "America/New_York")).toBe(
      "2026-03-08T03:30:00-04:00",
    );
    expect(localInputToIso("2026-03-08T01:59", "America/New_York")).toBe(
      "2026-03-08T01:59:00-05:00",
    );
    expect(localInputToIso("2026-11-01T00:59", "America/New_York")).toBe(
      "2026-11-01T00:59:00-04:00",
    );
    expect(localInputToIso("2026-11-01T02:00", "America/New_York")).toBe(
      "2026-11-01T02:00:00-05:00",
    );
    // Sydney: 2026-10-04 02:00 → 03:00 (summer time begins); 2026-04-05 03:00 → 02:00.
    expect(localInputToIso("2026-10-04T02:30", "Australia/Sydney")).toBe(
      "2026-10-04T03:30:00+11:00",
    );
    expect(localInputToIso("2026-04-05T03:00", "Australia/Sydney")).toBe(
      "2026-04-05T03:00:00+10:00",
    );
    // A half-hour zone with no clock change, and one that changes by 30 minutes (Lord Howe).
    expect(localInputToIso("2026-03-29T02:30", "Asia/Kolkata")).toBe("2026-03-29T02:30:00+05:30");
    expect(localInputToIso("2026-10-04T02:15", "Australia/Lord_Howe")).toBe(
      "2026-10-04T02:45:00+11:00",
    );
  });

  it("reads a wall time that happens twice (the clocks go back) one way every time", () => {
    // Berlin 02:30 on 2026-10-25 happens at 00:30Z and at 01:30Z; it is read after the change.
    expect(localInputToIso("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T02:30:00+01:00");
    // New York 01:30 on 2026-11-01 happens at 05:30Z and 06:30Z; it is read before the change.
    expect(localInputToIso("2026-11-01T01:30", "America/New_York")).toBe(
      "2026-11-01T01:30:00-04:00",
    );
    // Either way, showing the result again gives back the wall time that was entered.
    expect(
      isoToLocalInput(localInputToIso("2026-10-25T02:30", "Europe/Berlin")!, "Europe/Berlin"),
    ).toBe("2026-10-25T02:30");
  });

  it("shows the instants around a clock change with the offset of each side", () => {
    expect(isoInZone(new Date("2026-03-29T00:59:59Z"), "Europe/Berlin")).toBe(
      "2026-03-29T01:59:59+01:00",
    );
    expect(isoInZone(new Date("2026-03-29T01:00:00Z"), "Europe/Berlin")).toBe(
      "2026-03-29T03:00:00+02:00",
    );
    expect(isoInZone(new Date("2026-10-25T00:30:00Z"), "Europe/Berlin")).toBe(
      "2026-10-25T02:30:00+02:00",
    );
    expect(isoInZone(new Date("2026-10-25T01:30:00Z"), "Europe/Berlin")).toBe(
      "2026-10-25T02:30:00+01:00",
    );
    expect(zoneOffsetMinutes(new Date("2026-10-25T00:59:59Z"), "Europe/Berlin")).toBe(120);
    expect(zoneOffsetMinutes(new Date("2026-10-25T01:00:00Z"), "Europe/Berlin")).toBe(60);
  });

  it("is null for an empty or impossible value", () => {
    expect(localInputToIso("", "Europe/Berlin")).toBeNull();
    expect(localInputToIso("2026-02-30T10:00", "Europe/Berlin")).toBeNull();
    expect(localInputToIso("2026-01-02T24:00", "Europe/Berlin")).toBeNull();
    expect(localInputToIso("2026-01-02 10:00", "Europe/Berlin")).toBeNull();
    expect(localInputToIso("tomorrow", "Europe/Berlin")).toBeNull();
  });
});

describe("isoToLocalInput and isoInZone", () => {
  it("show an instant as the wall time of a zone, the other way round", () => {
    expect(isoToLocalInput("2026-01-02T09:00:00.000Z", "Europe/Berlin")).toBe("2026-01-02T10:00");
    expect(isoToLocalInput("2026-01-02T09:00:00Z", "America/New_York")).toBe("2026-01-02T04:00");
    expect(isoToLocalInput("nonsense", "UTC")).toBe("");
    expect(isoInZone(new Date("2026-01-02T09:00:00.750Z"), "Europe/Berlin")).toBe(
      "2026-01-02T10:00:00+01:00",
    );
    const local = isoToLocalInput("2026-05-05T05:05:00Z", "Asia/Kolkata");
    expect(localInputToIso(local, "Asia/Kolkata")).toBe("2026-05-05T10:35:00+05:30");
  });

  it("knows which zone names exist", () => {
    expect(isKnownTimeZone("Europe/Berlin")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});

describe("formatDuration", () => {
  it("leaves out leading zero units and rounds seconds up", () => {
    expect(formatDuration((2 * 86_400 + 3 * 3600 + 4 * 60 + 5) * 1000)).toBe("2d 3h 4m 5s");
    expect(formatDuration((3 * 3600 + 5) * 1000)).toBe("3h 0m 5s");
    expect(formatDuration(65_000)).toBe("1m 5s");
    expect(formatDuration(1_500)).toBe("2s");
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(-5_000)).toBe("0s");
  });
});

describe("examWindow and countdownText", () => {
  const opens = "2026-01-02T10:00:00Z";
  const at = (iso: string) => Date.parse(iso);

  it("counts down to the opening, then to the close, then says closed", () => {
    const before = examWindow(opens, 24, at("2025-12-31T06:56:55Z"));
    expect(before).toMatchObject({ phase: "before", closesAt: at("2026-01-03T10:00:00Z") });
    expect(countdownText(before)).toBe("Opens in 2d 3h 3m 5s");
    const open = examWindow(opens, 24, at("2026-01-03T09:59:00Z"));
    expect(countdownText(open)).toBe("Closes in 1m 0s");
    const closed = examWindow(opens, 24, at("2026-01-03T10:00:00Z"));
    expect(closed).toMatchObject({ phase: "closed", remainingMs: 0 });
    expect(countdownText(closed)).toBe("Closed");
  });

  it("knows a schedule in the past", () => {
    expect(isInPast(opens, at("2026-01-02T10:00:01Z"))).toBe(true);
    expect(isInPast(opens, at("2026-01-02T10:00:00Z"))).toBe(false);
    expect(isInPast("not a date", 0)).toBe(false);
  });

  it("closes at the instant an admin ended it early", () => {
    const ended = examWindow(opens, 24, at("2026-01-02T12:00:00Z"), "2026-01-02T11:30:00Z");
    expect(ended).toMatchObject({ phase: "closed", closesAt: at("2026-01-02T11:30:00Z") });
    const stillOpen = examWindow(opens, 24, at("2026-01-02T11:00:00Z"), "2026-01-02T11:30:00Z");
    expect(countdownText(stillOpen)).toBe("Closes in 30m 0s");
  });

  it("says what saving a schedule in the past does", () => {
    expect(pastScheduleNote(opens, 24, at("2026-01-02T09:00:00Z"))).toBeNull();
    expect(pastScheduleNote(opens, 24, at("2026-01-02T10:00:30Z"))).toBe(
      "This time is in the past: the exam will open as soon as you save.",
    );
    expect(pastScheduleNote(opens, 24, at("2026-01-03T10:00:00Z"))).toMatch(
      /^This exam’s whole window is already over: it will be recorded as concluded/,
    );
    expect(pastScheduleNote(opens, null, at("2026-01-05T10:00:00Z"))).toMatch(/open as soon/);
  });
});
