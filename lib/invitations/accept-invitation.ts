// The invitation link: who it is for and which exam (for the page), and accepting it — setting a
// password when the account has none, marking the email verified (the link reached it) and the
// invitation accepted; the link then stops working. Unknown, expired or used links: one 400.
import { and, eq, gt } from "drizzle-orm";
import { examInvitations, exams, users } from "@/db/schema";
import { hashPassword, passwordProblems } from "@/lib/accounts/password/passwords";
import { hashToken } from "@/lib/auth/token-hash";
import type { Context } from "@/lib/context";
import { Invalid } from "@/lib/errors";

export const invalidInvitationMessage =
  "This invitation link is no longer valid: it was used already, replaced by a newer one, or it expired. Ask the organisers to invite you again.";

/** The invitation behind a link, or null when the link is unknown, expired or used. */
export async function findInvitation(ctx: Context, token: string) {
  if (!token || token.length > 200) return null;
  const [row] = await ctx.db
    .select({
      invitationId: examInvitations.id,
      examId: exams.id,
      examTitle: exams.title,
      examOpensAt: exams.scheduledDate,
      examDeletedAt: exams.deletedAt,
      userId: users.id,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      hasPassword: users.passwordHash,
      isActive: users.isActive,
      deletedAt: users.deletedAt,
    })
    .from(examInvitations)
    .innerJoin(users, eq(users.id, examInvitations.userId))
    .innerJoin(exams, eq(exams.id, examInvitations.examId))
    .where(
      and(
        eq(examInvitations.tokenHash, hashToken(token)),
        gt(examInvitations.tokenExpiresAt, ctx.clock.now()),
      ),
    )
    .limit(1);
  if (!row || row.examDeletedAt || row.deletedAt || !row.isActive) return null;
  return {
    invitationId: row.invitationId,
    examId: row.examId,
    examTitle: row.examTitle,
    examOpensAt: row.examOpensAt,
    userId: row.userId,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    needsPassword: row.hasPassword === null,
  };
}

export async function acceptInvitation({
  ctx,
  input,
}: {
  ctx: Context;
  input: { token: string; password?: string };
}) {
  const found = await findInvitation(ctx, input.token);
  if (!found) throw new Invalid(invalidInvitationMessage, undefined, "invalid_token");
  let passwordHash: string | null = null;
  if (found.needsPassword) {
    const problems = passwordProblems(input.password ?? "", found.email);
    if (!input.password) problems.unshift("Choose a password.");
    if (problems.length > 0) {
      throw new Invalid(
        "The password does not meet the rules.",
        { new_password: [...new Set(problems)] },
        "password_validation_failed",
      );
    }
    passwordHash = await hashPassword(input.password!);
  }
  const now = ctx.clock.now();
  const accepted = await ctx.db.transaction(async (tx) => {
    // Spend the link first: of two submits of one link, only one gets past this.
    const [spent] = await tx
      .update(examInvitations)
      .set({ acceptedAt: now, tokenHash: `accepted:${found.invitationId}` })
      .where(
        and(
          eq(examInvitations.id, found.invitationId),
          eq(examInvitations.tokenHash, hashToken(input.token)),
        ),
      )
      .returning({ id: examInvitations.id });
    if (!spent) return false;
    await tx
      .update(users)
      .set({
        isEmailVerified: true,
        emailVerifiedAt: now,
        updatedAt: now,
        ...(passwordHash ? { passwordHash, passwordChangedAt: now } : {}),
      })
      .where(eq(users.id, found.userId));
    return true;
  });
  if (!accepted) throw new Invalid(invalidInvitationMessage, undefined, "invalid_token");
  return { examId: found.examId, email: found.email, passwordSet: passwordHash !== null };
}
