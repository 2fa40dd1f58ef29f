import { describe, expect, it } from "vitest";
import { formatHours, formatMinutes, formatSeconds } from "./format-duration";

describe("durations in words", () => {
  it("writes minutes, singular for one", () => {
    expect(formatMinutes(1)).toBe("1 minute");
    expect(formatMinutes(45)).toBe("45 minutes");
    expect(formatMinutes(60)).toBe("1 hour");
    expect(formatMinutes(90)).toBe("1 hour 30 minutes");
    expect(formatMinutes(121)).toBe("2 hours 1 minute");
  });

  it("writes an exam window's hours", () => {
    expect(formatHours(1)).toBe("1 hour");
    expect(formatHours(36)).toBe("36 hours");
    expect(formatHours(1.5)).toBe("1 hour 30 minutes");
  });

  it("writes the time a candidate used", () => {
    expect(formatSeconds(1)).toBe("1 second");
    expect(formatSeconds(59)).toBe("59 seconds");
    expect(formatSeconds(725)).toBe("12 minutes 5 seconds");
    expect(formatSeconds(120)).toBe("2 minutes");
    expect(formatSeconds(3725)).toBe("1 hour 2 minutes");
  });
});
