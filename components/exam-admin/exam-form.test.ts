import { describe, expect, it } from "vitest";
import { examBody } from "@/lib/exams/schemas";
import {
  clientErrors,
  examFormToInput,
  shownErrors,
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

  it('schedules "Open now" at the server\'s now, whatever time the browser sent', () => {
    const now = new Date("2030-01-02T10:00:03.250Z");
    const entries: [string, string][] = [
      ["title", "Now"],
      ["stage", "league"],
      ["scheduled_date", "2030-01-02T11:00:00+01:00"],
      ["open_now", "1"],
      ["countdown_minutes", "30"],
      ["open_duration_hours", "2"],
    ];
    expect(examFormToInput(form(entries), now).scheduled_date).toBe(now.toISOString());
    // Without the flag, the typed time stands.
    expect(examFormToInput(form(entries.slice(0, 3)), now).scheduled_date).toBe(
      "2030-01-02T11:00:00+01:00",
    );
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

  it("keeps the fields the server names for exam_in_progress", () => {
    const errors = { level: ["The exam has opened: its level can no longer change."] };
    expect(
      refusalState({ status: 409, code: "exam_in_progress", message: "Opened.", errors }),
    ).toEqual({ code: "exam_in_progress", error: inProgressExplanation, errors });
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
          level: "1001",
          description: "x".repeat(5001),
          countdown_minutes: "1.5",
          open_duration_hours: "721",
        }),
      ),
    ).toEqual(["title", "level", "description", "countdown_minutes", "open_duration_hours"]);
  });
});

describe("clientErrors for an open exam", () => {
  const values = {
    title: "T",
    level: "37",
    description: "",
    countdown_minutes: "30",
    open_duration_hours: "24",
  };
  it("takes any round up to 1000 and refuses a shorter window", () => {
    expect(clientErrors(values)).toEqual({});
    expect(clientErrors({ ...values, level: "1000" })).toEqual({});
    expect(clientErrors(values, 24)).toEqual({});
    expect(
      clientErrors({ ...values, open_duration_hours: "23" }, 24).open_duration_hours![0],
    ).toMatch(/^At least 24: the window of an open exam can be extended, not shortened/);
  });
});

describe("shownErrors", () => {
  it("shows the browser's checks once tried, so an error goes when its field is put right", () => {
    const tried = clientErrors({
      title: "",
      level: "1",
      description: "",
      countdown_minutes: "30",
      open_duration_hours: "24",
    });
    expect(shownErrors({ client: tried, server: undefined, editedSinceServer: new Set() })).toEqual(
      {
        title: ["Give the exam a title."],
      },
    );
    const fixed = clientErrors({
      title: "Algebra",
      level: "1",
      description: "",
      countdown_minutes: "30",
      open_duration_hours: "24",
    });
    expect(shownErrors({ client: fixed, server: undefined, editedSinceServer: new Set() })).toEqual(
      {},
    );
  });

  it("drops the server's error on a field edited since it answered, and keeps the others", () => {
    const server = { title: ["Taken."], questions: ["Unknown question ids: 9."] };
    expect(shownErrors({ client: null, server, editedSinceServer: new Set(["title"]) })).toEqual({
      questions: ["Unknown question ids: 9."],
    });
    expect(shownErrors({ client: {}, server, editedSinceServer: new Set() })).toEqual(server);
  });
});
