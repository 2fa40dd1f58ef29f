// Email + password sign-in, shared by the API (POST /auth/login/) and the browser (Auth.js).
// Every attempt is recorded for login history; failures never say whether the email exists.
import { sql } from "drizzle-orm";
import { loginEvents, sessions, users } from "@/db/schema";
import { toProfile } from "@/lib/accounts/profile";
import { verifyAgainstDecoy, verifyPassword } from "@/lib/accounts/password/passwords";
import type { Context } from "@/lib/context";
import { env } from "@/lib/env";
import { AuthenticationFailed } from "@/lib/errors";
import { issueTokens } from "./issue-tokens";

export type SignInInput = { email: string; password: string };

const failure = () =>
  new AuthenticationFailed("No active account found with the given credentials.");

/** Check the credentials and open a session row. Returns the user and the session. */
export async function openSession({
  ctx,
  input,
  kind,
}: {
  ctx: Context;
  input: SignInInput;
  kind: "api" | "web";
}) {
  const email = input.email.trim().toLowerCase();
  const now = ctx.clock.now();
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDecoy(input.password);
  const reason = !user
    ? "unknown_email"
    : !passwordOk
      ? "wrong_password"
      : !user.isActive || user.deletedAt
        ? "inactive"
        : null;

  const event = {
    userId: user?.id ?? null,
    email,
    channel: kind,
    ipAddress: ctx.actor.ip,
    userAgent: ctx.actor.userAgent,
    createdAt: now,
  };
  if (reason || !user) {
    await ctx.db.insert(loginEvents).values({ ...event, success: false, reason });
    throw failure();
  }
  const session = await recordSignIn(ctx, { userId: user.id, email, kind });
  return { user, session };
}

/**
 * Open a session row for a person whose identity was already proven (a password above, or a
 * registration proof after their email code: lib/accounts/registration/sign-in-proof.ts) and
 * record the successful sign-in in their login history, in one transaction.
 */
export async function recordSignIn(
  ctx: Context,
  { userId, email, kind }: { userId: string; email: string; kind: "api" | "web" },
) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(sessions)
      .values({
        userId,
        kind,
        ipAddress: ctx.actor.ip,
        userAgent: ctx.actor.userAgent,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + env.JWT_REFRESH_DAYS * 86_400_000),
      })
      .returning();
    await tx.insert(loginEvents).values({
      userId,
      email: email.trim().toLowerCase(),
      channel: kind,
      ipAddress: ctx.actor.ip,
      userAgent: ctx.actor.userAgent,
      createdAt: now,
      success: true,
      reason: null,
    });
    return created!;
  });
}

/** POST /auth/login/: `{refresh, access, profile}`. */
export async function signIn({ ctx, input }: { ctx: Context; input: SignInInput }) {
  const { user, session } = await openSession({ ctx, input, kind: "api" });
  const tokens = await issueTokens(ctx.db, session, ctx.clock.now());
  return { ...tokens, profile: toProfile(user) };
}
