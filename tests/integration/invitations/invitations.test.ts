// Invitations: who may invite; the account created (or reused) and one email with a working link;
// re-inviting is idempotent (same invitation and account, a fresh link that replaces the old);
// refusals (staff address, closed exam, bad bodies); accepting sets the password and verifies the
// email; spent, replaced, expired and unknown links are refused; an accepted invitation lets the
// person take that exam (not another of its stage); the status moves sent → accepted → taken.
import { and, desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import * as inviteRoute from "@/app/api/v1/exams/[id]/invite/route";
import * as invitationsRoute from "@/app/api/v1/exams/[id]/invitations/route";
import { emailOutbox, eventOutbox, examInvitations, exams, users } from "@/db/schema";
import { verifyPassword } from "@/lib/accounts/password/passwords";
import { hashToken } from "@/lib/auth/token-hash";
import { appUrl } from "@/lib/env";
import { acceptInvitation, findInvitation } from "@/lib/invitations/accept-invitation";
import {
  at,
  createExam,
  examWithQuestions,
  hours,
  setNow,
  submitAttempt,
  takeExam,
  useAttemptsSuite,
} from "../attempts/support";
import { createKey } from "../support/factories";
import { call } from "../support/http";

const suite = useAttemptsSuite();
const ctx = () => ({
  db: suite.db,
  actor: { user: null, apiKey: null, ip: "t", userAgent: null },
  clock: { now: at },
});

let manager: { id: string; headers: Record<string, string> };
beforeEach(async () => {
  await suite.db.delete(emailOutbox);
  const person = await suite.candidate({ userType: "staff", role: "manager" });
  manager = { id: person.id, headers: await suite.headersFor(person.id) };
});

const emailsTo = (email: string) =>
  suite.db.select().from(emailOutbox).where(eq(emailOutbox.to, email));

const invite = (examId: number, json: unknown, headers = manager.headers) =>
  call(inviteRoute.POST, { method: "POST", params: { id: String(examId) }, headers, json });

/** The newest invitation link emailed to `email`. */
async function linkFor(email: string) {
  const [message] = await suite.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.to, email))
    .orderBy(desc(emailOutbox.createdAt));
  const match = /\/invitations\/([A-Za-z0-9_-]+)/.exec(message?.text ?? "");
  return match?.[1] ?? null;
}

describe("inviting", () => {
  it("creates the candidate and one email with a link; re-inviting is idempotent", async () => {
    const { exam } = await examWithQuestions(suite.db, 2, { stage: "league" });
    const email = `Ada.${Date.now()}@Example.com`;
    const first = await invite(exam.id, { email, first_name: "Ada", last_name: "Obi" });
    expect(first.status, first.text).toBe(201);
    expect(first.data).toMatchObject({
      exam_id: exam.id,
      email: email.toLowerCase(),
      first_name: "Ada",
      status: "sent",
      sent_count: 1,
      accepted_at: null,
    });
    const [person] = await suite.db
      .select()
      .from(users)
      .where(eq(users.id, first.data.candidate_id));
    expect(person).toMatchObject({
      userType: "candidate",
      role: "league",
      passwordHash: null,
      isEmailVerified: false,
      registrationSource: "invite",
      invitedById: manager.id,
    });
    const sent = await emailsTo(email.toLowerCase());
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain(`${appUrl}/invitations/`);
    expect(sent[0]!.text).toContain("It is open now, until");
    const [stored] = await suite.db
      .select()
      .from(examInvitations)
      .where(eq(examInvitations.id, first.data.id));
    expect(stored).toMatchObject({ invitedById: manager.id, invitedByApiKeyId: null });
    // Only the hash is kept, and the link works for 7 days.
    const emailed = /\/invitations\/([A-Za-z0-9_-]+)/.exec(sent[0]!.text)![1]!;
    expect(emailed).toHaveLength(43); // 32 random bytes, base64url
    expect(stored!.tokenHash).toBe(hashToken(emailed));
    expect(stored!.tokenExpiresAt.getTime() - at().getTime()).toBe(hours(24 * 7));
    // Integrators hear of the new candidate (candidate.registered).
    const registered = await suite.db
      .select()
      .from(eventOutbox)
      .where(eq(eventOutbox.name, "user/account.registered"));
    expect(registered.map((e) => (e.data as { userId: string }).userId)).toContain(person!.id);
    const oldLink = await linkFor(email.toLowerCase());
    expect(oldLink).not.toBeNull();
    expect(await findInvitation(ctx(), oldLink!)).toMatchObject({
      examId: exam.id,
      needsPassword: true,
    });

    const again = await invite(exam.id, {
      email: email.toUpperCase(),
      first_name: "A",
      last_name: "O",
    });
    expect(again.status).toBe(200);
    expect(again.data).toMatchObject({
      id: first.data.id,
      candidate_id: person!.id,
      sent_count: 2,
    });
    expect(
      await suite.db.select().from(users).where(eq(users.email, email.toLowerCase())),
    ).toHaveLength(1);
    expect(
      await suite.db.select().from(examInvitations).where(eq(examInvitations.userId, person!.id)),
    ).toHaveLength(1);
    expect(await emailsTo(email.toLowerCase())).toHaveLength(2);
    const newLink = await linkFor(email.toLowerCase());
    expect(newLink).not.toBe(oldLink);
    expect(await findInvitation(ctx(), oldLink!)).toBeNull();
    expect(await findInvitation(ctx(), newLink!)).not.toBeNull();
  });

  it("allows managers and candidates:write keys; refuses moderators and other keys", async () => {
    const exam = await createExam(suite.db);
    const json = { email: `k${Date.now()}@example.com`, first_name: "Key", last_name: "Made" };
    const writer = await createKey(suite.db, ["candidates:write"]);
    const byKey = await invite(exam.id, json, { "x-api-key": writer.key });
    expect(byKey.status).toBe(201);
    const [keyed] = await suite.db
      .select()
      .from(examInvitations)
      .where(eq(examInvitations.id, byKey.data.id));
    expect(keyed).toMatchObject({ invitedById: null });
    expect(keyed!.invitedByApiKeyId).not.toBeNull();
    const reader = await createKey(suite.db, ["candidates:read"]);
    const refused = await invite(
      exam.id,
      { ...json, email: `r${json.email}` },
      { "x-api-key": reader.key },
    );
    expect(refused.status).toBe(403);
    const listed = await call(invitationsRoute.GET, {
      params: { id: String(exam.id) },
      headers: { "x-api-key": reader.key },
    });
    expect(listed.status).toBe(200);
    expect(listed.data.results.map((row: { email: string }) => row.email)).toEqual([json.email]);
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const asModerator = await invite(exam.id, json, await suite.headersFor(moderator.id));
    expect(asModerator.status).toBe(403);
    expect((await invite(exam.id, json, {})).status).toBe(401);
  });

  it("refuses staff addresses, closed exams, unknown exams and bad bodies, writing nothing", async () => {
    const exam = await createExam(suite.db);
    const staff = await suite.candidate({ userType: "staff", role: "admin" });
    const staffInvite = await invite(exam.id, {
      email: staff.email,
      first_name: "S",
      last_name: "T",
    });
    expect(staffInvite.status).toBe(409);
    expect(staffInvite.data.code).toBe("email_not_candidate");
    const concluded = await createExam(suite.db, {
      scheduledDate: new Date(at().getTime() - hours(30)),
      openDurationHours: 2,
    });
    const closed = await invite(concluded.id, {
      email: "late@example.com",
      first_name: "L",
      last_name: "A",
    });
    expect(closed.status).toBe(409);
    const cancelled = await createExam(suite.db, { isActive: false });
    const refusedCancelled = await invite(cancelled.id, {
      email: "late@example.com",
      first_name: "L",
      last_name: "A",
    });
    expect(refusedCancelled.status).toBe(409);
    expect(refusedCancelled.data.detail).toMatch(/cancelled/);
    const deleted = await createExam(suite.db);
    await suite.db.update(exams).set({ deletedAt: at() }).where(eq(exams.id, deleted.id));
    for (const id of [deleted.id, 999999]) {
      const missing = await invite(id, { email: "x@example.com", first_name: "X", last_name: "Y" });
      expect(missing.status).toBe(404);
    }
    const inactive = await suite.candidate({ isActive: false });
    const refusedInactive = await invite(exam.id, {
      email: inactive.email,
      first_name: "I",
      last_name: "N",
    });
    expect(refusedInactive.status).toBe(409);
    expect(refusedInactive.data.code).toBe("account_inactive");
    for (const [json, field] of [
      [{ email: "not-an-email", first_name: "A", last_name: "B" }, "email"],
      [{ email: "a@example.com", last_name: "B" }, "first_name"],
      [{ email: "a@example.com", first_name: "", last_name: "B" }, "first_name"],
      [{ email: "a@example.com", first_name: "A", last_name: "B".repeat(151) }, "last_name"],
      [
        { email: "a@example.com", first_name: "A", last_name: "B", role: "winner" },
        "non_field_errors",
      ],
    ] as const) {
      const response = await invite(exam.id, json);
      expect(response.status, JSON.stringify(json)).toBe(400);
      expect(Object.keys(response.data.errors)).toContain(field);
    }
    expect(await suite.db.select().from(emailOutbox)).toHaveLength(0);
  });

  it("two invitations of the same new person at once: one account, one invitation", async () => {
    const exam = await createExam(suite.db);
    const json = { email: `twin${Date.now()}@example.com`, first_name: "Tw", last_name: "In" };
    const both = await Promise.all([invite(exam.id, json), invite(exam.id, json)]);
    expect(both.map((response) => response.status).sort()).toEqual([200, 201]);
    expect(both[0]!.data.id).toBe(both[1]!.data.id);
    expect(await suite.db.select().from(users).where(eq(users.email, json.email))).toHaveLength(1);
    expect(
      await suite.db.select().from(examInvitations).where(eq(examInvitations.email, json.email)),
    ).toHaveLength(1);
  });
});

describe("accepting", () => {
  it("sets the password, verifies the email, spends the link; the invitee may take that exam only", async () => {
    const { exam } = await examWithQuestions(suite.db, 2, { stage: "final" });
    const { exam: sameStage } = await examWithQuestions(suite.db, 2, { stage: "final" });
    const email = `fin${Date.now()}@example.com`;
    const invited = await invite(exam.id, { email, first_name: "Fin", last_name: "Al" });
    const token = (await linkFor(email))!;

    const weak = acceptInvitation({ ctx: ctx(), input: { token, password: "123" } });
    await expect(weak).rejects.toMatchObject({ status: 400, code: "password_validation_failed" });

    const accepted = await acceptInvitation({
      ctx: ctx(),
      input: { token, password: "Correct-Horse-42" },
    });
    expect(accepted).toMatchObject({ examId: exam.id, passwordSet: true });
    const [person] = await suite.db
      .select()
      .from(users)
      .where(eq(users.id, invited.data.candidate_id));
    expect(person!.isEmailVerified).toBe(true);
    expect(await verifyPassword(person!.passwordHash!, "Correct-Horse-42")).toBe(true);
    await expect(
      acceptInvitation({ ctx: ctx(), input: { token, password: "Correct-Horse-42" } }),
    ).rejects.toMatchObject({ status: 400, code: "invalid_token" });

    // Not identity-verified and role "final": the invitation vouches for this exam only.
    await suite.db
      .update(users)
      .set({ isUserVerified: false, role: "screening" })
      .where(eq(users.id, person!.id));
    const headers = await suite.headersFor(person!.id);
    const other = await takeExam(sameStage.id, headers);
    expect(other.status).toBe(403);
    const take = await takeExam(exam.id, headers);
    expect(take.status, take.text).toBe(200);
    const [row] = await suite.db
      .select()
      .from(examInvitations)
      .where(and(eq(examInvitations.examId, exam.id), eq(examInvitations.userId, person!.id)));
    expect(row!.acceptedAt).not.toBeNull();
    const statusOf = async () =>
      (
        await call(invitationsRoute.GET, {
          params: { id: String(exam.id) },
          headers: manager.headers,
        })
      ).data.results[0].status;
    expect(await statusOf()).toBe("accepted");
    expect((await submitAttempt(exam.id, headers)).status).toBe(201);
    expect(await statusOf()).toBe("taken");
    const filtered = await call(invitationsRoute.GET, {
      path: `/api/v1/exams/${exam.id}/invitations/?status=sent`,
      params: { id: String(exam.id) },
      headers: manager.headers,
    });
    expect(filtered.data.results).toHaveLength(0);

    // Once accepted, inviting again changes nothing and sends nothing.
    await suite.db.delete(emailOutbox);
    const again = await invite(exam.id, { email, first_name: "Fin", last_name: "Al" });
    expect(again.status).toBe(200);
    expect(await suite.db.select().from(emailOutbox)).toHaveLength(0);
  });

  it("waives verification and stage, never the window", async () => {
    const { exam } = await examWithQuestions(suite.db, 1, { stage: "league" });
    const email = `late${Date.now()}@example.com`;
    await invite(exam.id, { email, first_name: "La", last_name: "Te" });
    await acceptInvitation({
      ctx: ctx(),
      input: { token: (await linkFor(email))!, password: "Correct-Horse-42" },
    });
    const [person] = await suite.db.select().from(users).where(eq(users.email, email));
    expect(person).toMatchObject({ isUserVerified: false, role: "league" });
    setNow(new Date(at().getTime() + hours(3)));
    const take = await takeExam(exam.id, await suite.headersFor(person!.id));
    expect(take.status).toBe(403);
    expect(take.data.code).toBe("exam_not_open");
  });

  it("refuses unknown and expired links; keeps an existing password", async () => {
    expect(await findInvitation(ctx(), "nope")).toBeNull();
    const exam = await createExam(suite.db);
    const existing = await suite.candidate();
    await invite(exam.id, { email: existing.email, first_name: "Ex", last_name: "Isting" });
    const token = (await linkFor(existing.email.toLowerCase()))!;
    const found = await findInvitation(ctx(), token);
    expect(found).toMatchObject({ needsPassword: false });
    const before = (await suite.db.select().from(users).where(eq(users.id, existing.id)))[0]!;
    const accepted = await acceptInvitation({
      ctx: ctx(),
      input: { token, password: "Other-Pass-99" },
    });
    expect(accepted.passwordSet).toBe(false);
    const after = (await suite.db.select().from(users).where(eq(users.id, existing.id)))[0]!;
    expect(after.passwordHash).toBe(before.passwordHash);

    const late = await suite.candidate();
    await suite.db.update(users).set({ passwordHash: null }).where(eq(users.id, late.id));
    await invite(exam.id, { email: late.email, first_name: "La", last_name: "Te" });
    const lateToken = (await linkFor(late.email.toLowerCase()))!;
    setNow(new Date(at().getTime() + hours(24 * 7) + 1_000));
    expect(await findInvitation(ctx(), lateToken)).toBeNull();
    await expect(
      acceptInvitation({ ctx: ctx(), input: { token: lateToken, password: "Correct-Horse-42" } }),
    ).rejects.toMatchObject({ status: 400, code: "invalid_token" });
  });
});
