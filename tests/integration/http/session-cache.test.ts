// The autosave routes' per-process session cache (`sessionCache: true`): a revocation in this
// process is seen at once; one made elsewhere (another process, here: a direct row update) is seen
// by the autosave within SESSION_CACHE_SECONDS, and by every other route on the next request.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as putRoute from "@/app/api/v1/exams/[id]/answers/[questionId]/route";
import * as revokeRoute from "@/app/api/v1/auth/sessions/[id]/route";
import * as takeRoute from "@/app/api/v1/exams/[id]/take-exam/route";
import { sessions } from "@/db/schema";
import { env } from "@/lib/env";
import { advance, at, examWithQuestions, useTestClock } from "../attempts/support";
import type { TestDatabase } from "../support/database";
import { createUser, signIn, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
useTestClock();

async function candidateInExam() {
  const { exam, questions } = await examWithQuestions(database.db, 2);
  const user = await createUser(database.db, { userType: "candidate", role: "screening" });
  const { session, access } = await signIn(database.db, user.id, at());
  const headers = { "x-api-key": apiKey, authorization: `Bearer ${access}` };
  const take = await call(takeRoute.GET, { params: { id: String(exam.id) }, headers });
  expect(take.status).toBe(200);
  let seq = 0;
  const save = () =>
    call(putRoute.PUT, {
      method: "PUT",
      params: { id: String(exam.id), questionId: String(questions[0]!.id) },
      headers,
      json: { selected_option: "A", seq: (seq += 1) },
    });
  const take2 = () => call(takeRoute.GET, { params: { id: String(exam.id) }, headers });
  return { session, headers, save, take: take2 };
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
    await database.db
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
