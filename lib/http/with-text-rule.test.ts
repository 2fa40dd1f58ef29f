import { describe, expect, it } from "vitest";
import { nulMessage, unsafeTextDetail } from "./unsafe-text";
import { withTextRule } from "./with-text-rule";

type State = { error?: string; errors?: Record<string, string[]>; done?: string };

describe("withTextRule", () => {
  const calls: FormData[] = [];
  const action = withTextRule(async (_previous: State, form: FormData): Promise<State> => {
    calls.push(form);
    return { done: "saved" };
  });

  it("runs the action when every field is clean", async () => {
    const form = new FormData();
    form.set("title", "Algebra");
    expect(await action({}, form)).toEqual({ done: "saved" });
    expect(calls).toHaveLength(1);
  });

  it("refuses a NUL in any field without running the action, naming the field", async () => {
    const form = new FormData();
    form.set("title", "Algebra");
    form.set("description", "x\u0000");
    expect(await action({}, form)).toEqual({
      error: unsafeTextDetail,
      errors: { description: [nulMessage] },
    });
    expect(calls).toHaveLength(1);
  });

  it("checks plain string arguments, ignores the previous state, and lets an action shape its refusal", async () => {
    type Outcome = { ok: true; id: string; reason: string } | { ok: false; error: string };
    const review = withTextRule(
      async (id: string, reason: string): Promise<Outcome> => ({ ok: true, id, reason }),
      ({ error }): Outcome => ({ ok: false, error }),
    );
    expect(await review("id-1", "blurred")).toEqual({ ok: true, id: "id-1", reason: "blurred" });
    expect(await review("id-1", "blurred\u0000")).toEqual({ ok: false, error: unsafeTextDetail });
    const stateful = withTextRule(async (previous: State, form: FormData): Promise<State> => ({
      ...previous,
      done: String(form.get("title")),
    }));
    const form = new FormData();
    expect(await stateful({ error: "old \u0000 state" }, form)).toMatchObject({
      error: "old \u0000 state",
    });
  });
});
