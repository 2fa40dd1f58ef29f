// Every request reads its session row (there is no session cache, not even on the autosave hot
// path): a session revoked through the API, or by any other process writing the row, is refused
// on its very next request. Revoking an already revoked session keeps its first time and reason.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as revokeRoute from "@/app/api/v1/auth/sessions/[id]/route";
import { sessions } from "@/db/schema";
import { revokeSessions } from "@/lib/auth/sessions/revoke-sessions";
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

describe("session revocation", () => {
  it("refuses the next autosave once the session is revoked through the API", async () => {
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

  it("refuses the next autosave once another process revokes the row", async () => {
    const { session, save, take } = await candidateInExam();
    expect((await save()).status).toBe(200);
    await suite.db
      .update(sessions)
      .set({ revokedAt: at(), revokedReason: "revoked_by_user" })
      .where(eq(sessions.id, session.id));
    const after = await save();
    expect([after.status, after.data.code]).toEqual([401, "invalid_token"]);
    expect((await take()).status).toBe(401);
  });

  it("keeps the first revocation's time and reason when a session is revoked again", async () => {
    const { session } = await candidateInExam();
    const first = at();
    expect(await revokeSessions(suite.db, eq(sessions.id, session.id), "logout", first)).toEqual([
      session.id,
    ]);
    advance(60_000);
    expect(
      await revokeSessions(suite.db, eq(sessions.id, session.id), "password_changed", at()),
    ).toEqual([]);
    const [row] = await suite.db.select().from(sessions).where(eq(sessions.id, session.id));
    expect([row!.revokedAt?.toISOString(), row!.revokedReason]).toEqual([
      first.toISOString(),
      "logout",
    ]);
  });
});
