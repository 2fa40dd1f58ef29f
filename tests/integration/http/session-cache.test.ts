// The autosave routes' per-process session cache (`sessionCache: true`): a revocation in this
// process is seen at once; one made elsewhere (another process, here: a direct row update) is seen
// by the autosave within SESSION_CACHE_SECONDS, and by every other route on the next request.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as revokeRoute from "@/app/api/v1/auth/sessions/[id]/route";
import { sessions } from "@/db/schema";
import { env } from "@/lib/env";
import {
  advance,
  at,
  examWithQuestions,
  putAnswer,
  takeExam,
  useAttemptsSuite,
} from "../attempts/support";
import { signIn } from "../support/factories";
import { call } from "../support/http";

const suite = useAttemptsSuite();

async function candidateInExam() {
  const { exam, questions } = await examWithQuestions(suite.db, 2);
  const user = await suite.candidate();
  const { session, access } = await signIn(suite.db, user.id, at());
  const headers = { "x-api-key": suite.apiKey, authorization: `Bearer ${access}` };
  expect((await takeExam(exam.id, headers)).status).toBe(200);
  let seq = 0;
  const save = () =>
    putAnswer(exam.id, questions[0]!.id, headers, { selected_option: "A", seq: (seq += 1) });
  return { session, headers, save, take: () => takeExam(exam.id, headers) };
}

describe("session cache on the autosave routes", () => {
  it("refuses the next autosave at once when the session is revoked in this process", async () => {
    const { session, headers, save } = await candidateInExam();
    expect((await save()).status).toBe(200);
    const revoked = await call(revokeRoute.DELETE, {
      method: "DELETE",
      params: { id: session.id },
      headers,
    });
    expect(revoked.status).toBeLessThan(300);
    const after = await save();
    expect([after.status, after.data.code]).toEqual([401, "invalid_token"]);
  });

  it("trusts a session revoked elsewhere for at most SESSION_CACHE_SECONDS, on autosave only", async () => {
    expect(env.SESSION_CACHE_SECONDS).toBeGreaterThan(1);
    const { session, save, take } = await candidateInExam();
    expect((await save()).status).toBe(200);
    await suite.db
      .update(sessions)
      .set({ revokedAt: at(), revokedReason: "revoked_by_user" })
      .where(eq(sessions.id, session.id));
    // Another route reads the row: refused now.
    expect((await take()).status).toBe(401);
    // The autosave still trusts what it saw a moment ago...
    advance(env.SESSION_CACHE_SECONDS * 1000 - 1000);
    expect((await save()).status).toBe(200);
    // ...and no longer once the cache entry has expired.
    advance(1000);
    const late = await save();
    expect([late.status, late.data.code]).toEqual([401, "invalid_token"]);
  });
});
