import { describe, expect, it } from "vitest";
import { formatTime, isKnownTimeZone, timeZoneLabel } from "./format-time";

const instant = "2026-12-04T14:22:09.000Z";

describe("formatTime", () => {
  it("writes the instant in the given zone, 24-hour, day before month", () => {
    expect(formatTime(instant, { timeZone: "UTC" })).toBe("4 Dec 2026, 14:22");
    expect(formatTime(instant, { timeZone: "Europe/Berlin" })).toBe("4 Dec 2026, 15:22");
    expect(formatTime(instant, { timeZone: "Asia/Tokyo" })).toBe("4 Dec 2026, 23:22");
  });

  it("has a style for the date, the time and the time with seconds", () => {
    expect(formatTime(instant, { timeZone: "America/New_York", style: "date" })).toBe("4 Dec 2026");
    expect(formatTime(instant, { timeZone: "Asia/Tokyo", style: "time" })).toBe("23:22");
    expect(formatTime(instant, { timeZone: "Europe/Berlin", style: "time-seconds" })).toBe(
      "15:22:09",
    );
  });

  it("names the zone when asked", () => {
    expect(formatTime(instant, { timeZone: "Europe/Berlin", withZone: true })).toBe(
      "4 Dec 2026, 15:22 CET",
    );
    expect(formatTime(instant, { timeZone: "Asia/Tokyo", withZone: true })).toBe(
      "4 Dec 2026, 23:22 GMT+9",
    );
  });

  it("falls back to UTC for an unknown zone and writes nothing for an invalid instant", () => {
    expect(formatTime(instant, { timeZone: "Mars/Olympus" })).toBe("4 Dec 2026, 14:22");
    expect(formatTime("not a date")).toBe("");
  });
});

describe("zones", () => {
  it("knows IANA names and labels them", () => {
    expect(isKnownTimeZone("Africa/Lagos")).toBe(true);
    expect(isKnownTimeZone("Nowhere/Atlantis")).toBe(false);
    expect(timeZoneLabel(instant, "UTC")).toBe("UTC");
    expect(timeZoneLabel("2026-07-01T00:00:00Z", "Europe/Berlin")).toBe("CEST");
  });
});
