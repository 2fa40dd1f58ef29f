import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { Conflict, Invalid } from "@/lib/errors";
import { hashPassword, passwordProblems } from "./password/passwords";

export type CreateSuperadminInput = {
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
};

/**
 * The first superadmin (and any other, from the command line only: the API never assigns
 * superadmin). Active, email- and user-verified.
 */
export async function createSuperadmin({
  ctx,
  input,
}: {
  ctx: Context;
  input: CreateSuperadminInput;
}) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw new Invalid("Enter a valid email address.", { email: ["Enter a valid email address."] });
  const problems = passwordProblems(input.password, email);
  if (problems.length > 0)
    throw new Invalid(
      "The password does not meet the rules.",
      { password: problems },
      "password_validation_failed",
    );
  const [existing] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  if (existing) throw new Conflict("A user with this email already exists.", "email_taken");
  const now = ctx.clock.now();
  const [user] = await ctx.db
    .insert(users)
    .values({
      email,
      firstName: input.firstName ?? "Super",
      lastName: input.lastName ?? "Admin",
      userType: "staff",
      role: "superadmin",
      passwordHash: await hashPassword(input.password),
      registrationSource: "admin",
      isActive: true,
      isEmailVerified: true,
      emailVerifiedAt: now,
      isUserVerified: true,
      dateJoined: now,
    })
    .returning({ id: users.id, email: users.email });
  return user!;
}
