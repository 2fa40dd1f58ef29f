import { describe, expect, it } from "vitest";
import { examBody } from "@/lib/exams/schemas";
import {
  clientErrors,
  examFormToInput,
  inProgressExplanation,
  issuesToFieldErrors,
  refusalState,
} from "./exam-form";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("examFormToInput", () => {
  it("reads the builder's fields into what examBody parses", () => {
    const input = examFormToInput(
      form([
        ["title", "Round one"],
        ["stage", "league"],
        ["level", "2"],
        ["description", "Bring a pencil."],
        ["scheduled_date", "2030-01-02T10:00:00+01:00"],
        ["countdown_minutes", "45"],
        ["open_duration_hours", "24"],
        ["is_active", "on"],
        ["questions", "5"],
        ["questions", "2"],
      ]),
    );
    expect(input).toEqual({
      title: "Round one",
      stage: "league",
      level: 2,
      description: "Bring a pencil.",
      scheduled_date: "2030-01-02T10:00:00+01:00",
      countdown_minutes: 45,
      open_duration_hours: 24,
      is_active: true,
      questions: [5, 2],
    });
    const parsed = examBody.parse(input);
    expect(parsed.scheduled_date?.toISOString()).toBe("2030-01-02T09:00:00.000Z");
  });

  it("makes an empty schedule a draft and an unticked box inactive", () => {
    const input = examFormToInput(
      form([
        ["title", "Draft"],
        ["stage", "final"],
        ["level", ""],
        ["scheduled_date", " "],
        ["countdown_minutes", "30"],
        ["open_duration_hours", "2"],
      ]),
    );
    expect(input).toMatchObject({
      scheduled_date: null,
      is_active: false,
      level: undefined,
      questions: [],
    });
    expect(examBody.parse(input)).toMatchObject({ level: 1, scheduled_date: null });
  });

  it("lets examBody name each bad field", () => {
    const parsed = examBody.safeParse(
      examFormToInput(
        form([
          ["title", " "],
          ["stage", "semi"],
          ["countdown_minutes", "abc"],
          ["open_duration_hours", "0"],
        ]),
      ),
    );
    expect(parsed.success).toBe(false);
    const errors = issuesToFieldErrors(parsed.error!.issues);
    expect(Object.keys(errors).sort()).toEqual([
      "countdown_minutes",
      "open_duration_hours",
      "stage",
      "title",
    ]);
  });
});

describe("issuesToFieldErrors", () => {
  it("groups by the top-level field without repeats", () => {
    expect(
      issuesToFieldErrors([
        { path: ["questions", 0], message: "Bad id." },
        { path: ["questions", 1], message: "Bad id." },
        { path: [], message: "Whole form." },
      ]),
    ).toEqual({ questions: ["Bad id."], non_field_errors: ["Whole form."] });
  });
});

describe("refusalState", () => {
  it("explains exam_in_progress in words", () => {
    expect(
      refusalState({ status: 409, code: "exam_in_progress", message: "This exam has started." }),
    ).toEqual({ code: "exam_in_progress", error: inProgressExplanation });
  });

  it("keeps the server's field errors", () => {
    const errors = { scheduled_date: ["scheduled_date cannot be in the past."] };
    expect(
      refusalState({ status: 400, code: "invalid", message: "scheduled_date…", errors }),
    ).toMatchObject({ error: "scheduled_date…", errors });
  });

  it("says a missing exam is gone", () => {
    expect(refusalState({ status: 404, code: "not_found", message: "Exam not found." }).error).toBe(
      "This exam no longer exists (it may have been deleted).",
    );
  });
});

describe("clientErrors", () => {
  const good = {
    title: "T",
    level: "1",
    description: "",
    countdown_minutes: "30",
    open_duration_hours: "24",
  };
  it("accepts good values", () => {
    expect(clientErrors(good)).toEqual({});
  });
  it("mirrors the server's ranges", () => {
    expect(
      Object.keys(
        clientErrors({
          title: "  ",
          level: "11",
          description: "x".repeat(5001),
          countdown_minutes: "1.5",
          open_duration_hours: "721",
        }),
      ),
    ).toEqual(["title", "level", "description", "countdown_minutes", "open_duration_hours"]);
  });
});
