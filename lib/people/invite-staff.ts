// POST /staff/invite/: a manager creates a staff account and the person gets an invitation email.
//
// Decisions: the account is created email-verified (the inviter vouches for the address, and the
// invitation itself reaches it) but not user-verified (the person still submits documents).
// registrationSource "invite" keeps it out of the 15-minute unverified-staff sweep. A password
// the inviter chose is never emailed (the email says to ask them or use "Forgot password"); a
// generated one is, as registration's generate_password does.
import { users } from "@/db/schema";
import { normalizeEmail } from "@/lib/accounts/otp/find-user-by-email";
import { generatePassword, hashPassword } from "@/lib/accounts/password/passwords";
import {
  accountColumns,
  emailTakenErrors,
  passwordFieldErrors,
  rethrowDuplicateEmail,
  throwFieldErrors,
} from "@/lib/accounts/registration/account-checks";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { appUrl } from "@/lib/env";
import { Forbidden, NotAuthenticated } from "@/lib/errors";
import { staffInviteEmail } from "./emails";
import { loadPerson } from "./profile";
import { staffInviteRefusal } from "./role-rules";
import type { InviteStaffInput } from "./schemas";

export const inviteSentMessage = "Staff profile created, invite sent." as const;

export async function inviteStaff({
  ctx,
  input,
}: {
  ctx: Context;
  input: InviteStaffInput;
}): Promise<{ message: typeof inviteSentMessage; userId: string }> {
  requirePermission(ctx, "staff:invite");
  const actor = ctx.actor.user;
  if (!actor) throw new NotAuthenticated("Sign in first.");
  const refusal = staffInviteRefusal(actor.role, input.role);
  if (refusal) throw new Forbidden(refusal, "permission_denied");

  const email = normalizeEmail(input.email);
  const chosen = input.password !== undefined || input.password2 !== undefined;
  // The same checks, messages and codes as registration, so clients handle both alike.
  throwFieldErrors({
    ...(await emailTakenErrors(ctx.db, email)),
    ...(chosen ? passwordFieldErrors(input.password, input.password2, email) : {}),
  });

  const generated = chosen ? null : generatePassword();
  const passwordHash = await hashPassword(generated ?? input.password!);
  const inviter = await loadPerson(ctx, actor.id);
  const inviterName = `${inviter.firstName} ${inviter.lastName}`.trim() || inviter.email;
  const now = ctx.clock.now();
  try {
    const userId = await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          ...accountColumns(email, input),
          userType: "staff",
          role: input.role,
          occupation: input.occupation,
          passwordHash,
          registrationSource: "invite",
          invitedById: actor.id,
          isEmailVerified: true,
          emailVerifiedAt: now,
          isUserVerified: false,
          dateJoined: now,
          updatedAt: now,
        })
        .returning();
      await queueEmail(
        tx,
        staffInviteEmail(user!, {
          inviterName,
          role: input.role,
          appUrl,
          generatedPassword: generated,
        }),
      );
      return user!.id;
    });
    return { message: inviteSentMessage, userId };
  } catch (error) {
    // Two invitations (or a registration) raced for the address: the unique index decides.
    rethrowDuplicateEmail(error);
  }
}
