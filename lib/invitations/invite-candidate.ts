// POST /exams/{id}/invite/ (manager+ or a candidates:write key): invite a person to an exam by
// email. Creates their candidate account when there is none (role: the exam's stage; no password
// until they accept) or reuses it, and emails a link that lets them set a password and land on the
// exam. Idempotent per (exam, person): inviting again returns the same invitation and, until it is
// accepted, sends a fresh link (the old one stops working); once accepted it sends nothing.
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { examInvitations, users } from "@/db/schema";
import { normalizeEmail } from "@/lib/accounts/otp/find-user-by-email";
import { rethrowDuplicateEmail } from "@/lib/accounts/registration/account-checks";
import { requirePermissionOrScope } from "@/lib/auth/require-permission";
import { hashToken } from "@/lib/auth/token-hash";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { appUrl } from "@/lib/env";
import { Conflict } from "@/lib/errors";
import { loadExam } from "@/lib/exams/load-exam";
import { examStatus, windowClose } from "@/lib/exams/status";
import { publishEvent } from "@/lib/jobs/publish-event";
import { invitationEmail } from "./emails";
import { invitationShape, selectInvitations } from "./invitation-shape";
import { invitationLinkDays, type InviteBody } from "./schemas";

export const invitationUrl = (token: string) => `${appUrl}/invitations/${token}`;

export async function inviteCandidate({
  ctx,
  input,
}: {
  ctx: Context;
  input: { examId: number; body: InviteBody };
}) {
  requirePermissionOrScope(ctx, "exams:invite", "candidates:write");
  const exam = await loadExam(ctx, input.examId);
  const status = examStatus(exam, ctx.clock.now());
  if (status === "concluded" || status === "cancelled") {
    throw new Conflict(
      `This exam is ${status === "concluded" ? "over" : "cancelled"}: nobody can be invited to it.`,
      "exam_closed",
    );
  }
  const email = normalizeEmail(input.body.email);
  const now = ctx.clock.now();
  const token = randomBytes(32).toString("base64url");
  const tokenExpiresAt = new Date(now.getTime() + invitationLinkDays * 86_400_000);

  const send = () =>
    ctx.db.transaction(async (tx) => {
      const [existing] = await tx
        .select()
        .from(users)
        .where(sql`lower(${users.email}) = ${email}`)
        .for("update");
      if (existing) refuseAccount(existing);
      const person =
        existing ??
        (await createInvitedCandidate(tx, {
          email,
          firstName: input.body.first_name,
          lastName: input.body.last_name,
          role: exam.stage,
          invitedById: ctx.actor.user?.id ?? null,
          now,
        }));

      const [previous] = await tx
        .select()
        .from(examInvitations)
        .where(and(eq(examInvitations.examId, exam.id), eq(examInvitations.userId, person.id)))
        .for("update");
      if (previous?.acceptedAt) return { id: previous.id, created: false };
      let invitationId: string;
      if (previous) {
        await tx
          .update(examInvitations)
          .set({
            tokenHash: hashToken(token),
            tokenExpiresAt,
            sentCount: sql`${examInvitations.sentCount} + 1`,
            lastSentAt: now,
          })
          .where(eq(examInvitations.id, previous.id));
        invitationId = previous.id;
      } else {
        const [row] = await tx
          .insert(examInvitations)
          .values({
            examId: exam.id,
            userId: person.id,
            email,
            tokenHash: hashToken(token),
            tokenExpiresAt,
            invitedById: ctx.actor.user?.id ?? null,
            invitedByApiKeyId: ctx.actor.user ? null : (ctx.actor.apiKey?.id ?? null),
            lastSentAt: now,
            createdAt: now,
          })
          .returning({ id: examInvitations.id });
        invitationId = row!.id;
      }
      await queueEmail(
        tx,
        invitationEmail(
          { email, firstName: person.firstName },
          {
            examTitle: exam.title,
            opensAt: exam.scheduledDate,
            closesAt: windowClose(exam),
            now,
            url: invitationUrl(token),
            hasPassword: person.passwordHash !== null,
          },
        ),
      );
      return { id: invitationId, created: !previous };
    });

  let outcome: { id: string; created: boolean };
  try {
    outcome = await send();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Two invitations of the same person raced and the unique indexes let the other one through:
    // it is committed now, so running again finds it and this call becomes a re-invite.
    try {
      outcome = await send();
    } catch (retryError) {
      rethrowDuplicateEmail(retryError);
    }
  }
  const [row] = await selectInvitations(ctx).where(eq(examInvitations.id, outcome.id));
  return { created: outcome.created, invitation: invitationShape(row!) };
}

/** Only a live, active candidate account can be invited (409 otherwise, nothing written). */
function refuseAccount(account: typeof users.$inferSelect) {
  if (account.deletedAt) {
    throw new Conflict(
      "This address belonged to an account that was deleted; it cannot be invited.",
      "email_not_candidate",
    );
  }
  if (account.userType !== "candidate") {
    throw new Conflict(
      "This address belongs to a staff account; invite a candidate's address.",
      "email_not_candidate",
    );
  }
  if (!account.isActive) {
    throw new Conflict(
      "This candidate's account is deactivated; reactivate it before inviting them.",
      "account_inactive",
    );
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (
    let current = error;
    current && typeof current === "object";
    current = (current as { cause?: unknown }).cause
  ) {
    if ((current as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

async function createInvitedCandidate(
  tx: Context["db"],
  person: {
    email: string;
    firstName: string;
    lastName: string;
    role: string;
    invitedById: string | null;
    now: Date;
  },
) {
  const [user] = await tx
    .insert(users)
    .values({
      email: person.email,
      firstName: person.firstName,
      lastName: person.lastName,
      userType: "candidate",
      role: person.role,
      registrationSource: "invite",
      invitedById: person.invitedById,
      dateJoined: person.now,
      updatedAt: person.now,
    })
    .returning();
  await publishEvent(tx, {
    name: "user/account.registered",
    data: { userId: user!.id, userType: "candidate" },
  });
  return user!;
}
