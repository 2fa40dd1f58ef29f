import { describe, expect, it } from "vitest";
import { examBody, listExamsQuery } from "./schemas";

describe("listExamsQuery dates", () => {
  it("reads a bare date as a whole day and a datetime as an instant", () => {
    const query = listExamsQuery.parse({
      date_from: "2030-01-02",
      date_to: "2030-01-03T10:00:00Z",
    });
    expect(query.date_from).toEqual({ at: new Date("2030-01-02T00:00:00Z"), dateOnly: true });
    expect(query.date_to).toEqual({ at: new Date("2030-01-03T10:00:00Z"), dateOnly: false });
  });

  it("refuses impossible and out-of-range dates", () => {
    for (const value of ["2030-02-30", "0000-01-01", "yesterday", "2030-1-2"]) {
      expect(listExamsQuery.safeParse({ date_from: value }).success).toBe(false);
    }
  });
});

describe("examBody", () => {
  it("fills the defaults: level 1, draft, active, no questions", () => {
    const body = examBody.parse({
      title: " T ",
      stage: "league",
      countdown_minutes: 5,
      open_duration_hours: 1,
    });
    expect(body).toMatchObject({
      title: "T",
      level: 1,
      description: "",
      scheduled_date: null,
      is_active: true,
      questions: [],
    });
  });

  it("takes any whole level from 1 to 1,000", () => {
    const body = (level: unknown) => ({
      title: "T",
      stage: "league",
      level,
      countdown_minutes: 5,
      open_duration_hours: 1,
    });
    expect(examBody.parse(body(11)).level).toBe(11);
    expect(examBody.parse(body(1000)).level).toBe(1000);
    for (const level of [0, 1001, 2.5, -1, 2 ** 31, "3"]) {
      expect(examBody.safeParse(body(level)).success).toBe(false);
    }
  });
});
