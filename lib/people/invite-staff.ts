// POST /staff/invite/: a manager creates a staff account and the person gets an invitation email.
//
// Decisions: the account is created email-verified (the inviter vouches for the address, and the
// invitation itself reaches it) but not user-verified (the person still submits documents).
// registrationSource "invite" keeps it out of the 15-minute unverified-staff sweep. A password
// the inviter chose is never emailed (the email says to ask them or use "Forgot password"); a
// generated one is, as registration's generate_password does.
import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { normalizeEmail } from "@/lib/accounts/otp/find-user-by-email";
import { generatePassword, hashPassword, passwordProblems } from "@/lib/accounts/passwords";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { appUrl } from "@/lib/env";
import { Forbidden, Invalid, NotAuthenticated, type FieldErrors } from "@/lib/errors";
import { staffInviteEmail } from "./emails";
import { loadPerson } from "./profile";
import { staffInviteRefusal } from "./role-rules";
import type { InviteStaffInput } from "./schemas";

/** The same message registration gives, so clients handle both alike. */
export const duplicateEmailMessage = "A user with this email already exists.";
export const inviteSentMessage = "Staff profile created, invite sent." as const;

export async function inviteStaff({
  ctx,
  input,
}: {
  ctx: Context;
  input: InviteStaffInput;
}): Promise<{ message: typeof inviteSentMessage; userId: string }> {
  const actor = ctx.actor.user;
  if (!actor) throw new NotAuthenticated("Sign in first.");
  const refusal = staffInviteRefusal(actor.role, input.role);
  if (refusal) throw new Forbidden(refusal, "permission_denied");

  const email = normalizeEmail(input.email);
  const errors: FieldErrors = {};
  if (await emailTaken(ctx, email)) errors.email = [duplicateEmailMessage];
  const chosen = input.password !== undefined || input.password2 !== undefined;
  if (chosen) {
    if (!input.password) errors.password = ["This field is required."];
    else {
      const problems = passwordProblems(input.password, email);
      if (problems.length > 0) errors.password = problems;
    }
    if (!input.password2) errors.password2 = ["This field is required."];
    else if (input.password && input.password2 !== input.password) {
      errors.password2 = ["Passwords do not match."];
    }
  }
  throwIfAny(errors);

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
          email,
          firstName: input.first_name,
          lastName: input.last_name,
          phone: input.phone,
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
    if (isUniqueViolation(error))
      throw new Invalid("Invalid request body.", { email: [duplicateEmailMessage] });
    throw error;
  }
}

async function emailTaken(ctx: Context, email: string): Promise<boolean> {
  const rows = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  return rows.length > 0;
}

/** The codes registration uses for the same problems (password_validation_failed, …). */
function throwIfAny(errors: FieldErrors): void {
  const fields = Object.keys(errors);
  if (fields.length === 0) return;
  const only = fields.length === 1 ? fields[0] : null;
  if (only === "password")
    throw new Invalid(
      "The password does not meet the requirements.",
      errors,
      "password_validation_failed",
    );
  if (only === "password2" && errors.password2![0] === "Passwords do not match.") {
    throw new Invalid("Passwords do not match.", errors, "passwords_do_not_match");
  }
  throw new Invalid("Invalid request body.", errors);
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
