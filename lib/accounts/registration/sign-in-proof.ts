// Signing a new person in after they verify their email address, so they need not type the
// password they chose a minute ago. The rules:
// - A proof is issued only at registration in the browser, for the account just created (self-
//   registered, email not yet verified). The browser keeps the token in an httpOnly cookie; the
//   database keeps only its SHA-256 hash.
// - It becomes usable only when that same person's email code is verified (`markProofVerified`,
//   called right after a successful verifyEmailOtp with the email it verified): a proof alone
//   never signs anyone in, and one person's code never readies another person's proof.
// - It is spent once (an atomic update), within `registrationProofPolicy.ttlMinutes` of issue;
//   spending it opens an ordinary session row and a login-history entry, like a password sign-in.
// - A deactivated or deleted account is never signed in.
import { randomBytes } from "node:crypto";
import { and, eq, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { registrationSignInProofs, users } from "@/db/schema";
import { normalizeEmail } from "@/lib/accounts/otp/find-user-by-email";
import { recordSignIn } from "@/lib/auth/sessions/sign-in";
import { hashToken } from "@/lib/auth/token-hash";
import type { Context } from "@/lib/context";

export const registrationProofPolicy = { ttlMinutes: 30 } as const;

const wellFormed = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** A proof for the account just registered with `email`, or null when there is none to prove. */
export async function issueRegistrationProof({
  ctx,
  input,
}: {
  ctx: Context;
  input: { email: string };
}): Promise<{ token: string; expiresAt: Date } | null> {
  const [user] = await ctx.db
    .select({
      id: users.id,
      isEmailVerified: users.isEmailVerified,
      source: users.registrationSource,
    })
    .from(users)
    .where(
      and(sql`lower(${users.email}) = ${normalizeEmail(input.email)}`, isNull(users.deletedAt)),
    )
    .limit(1);
  if (!user || user.isEmailVerified || user.source !== "self") return null;
  const token = randomBytes(32).toString("base64url");
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + registrationProofPolicy.ttlMinutes * 60_000);
  await ctx.db
    .insert(registrationSignInProofs)
    .values({ userId: user.id, tokenHash: hashToken(token), createdAt: now, expiresAt });
  return { token, expiresAt };
}

/**
 * After verifyEmailOtp succeeded for `email`: ready the proof if it belongs to that very account
 * (now email-verified), is unspent and unexpired. True when it was readied.
 */
export async function markProofVerified({
  ctx,
  input,
}: {
  ctx: Context;
  input: { token: string; email: string };
}): Promise<boolean> {
  if (!wellFormed(input.token)) return false;
  const now = ctx.clock.now();
  const owner = ctx.db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        sql`lower(${users.email}) = ${normalizeEmail(input.email)}`,
        eq(users.isEmailVerified, true),
        isNull(users.deletedAt),
      ),
    );
  const readied = await ctx.db
    .update(registrationSignInProofs)
    .set({ otpVerifiedAt: now })
    .where(
      and(
        eq(registrationSignInProofs.tokenHash, hashToken(input.token)),
        inArray(registrationSignInProofs.userId, owner),
        isNull(registrationSignInProofs.consumedAt),
        gt(registrationSignInProofs.expiresAt, now),
      ),
    )
    .returning({ id: registrationSignInProofs.id });
  return readied.length > 0;
}

/**
 * Spend a readied proof and open a web session for its owner: the signed-in user and session, or
 * null when the proof is unknown, not readied, spent, expired, or its account cannot sign in.
 */
export async function redeemRegistrationProof({
  ctx,
  input,
}: {
  ctx: Context;
  input: { token: string };
}) {
  if (!wellFormed(input.token)) return null;
  const now = ctx.clock.now();
  const [spent] = await ctx.db
    .update(registrationSignInProofs)
    .set({ consumedAt: now })
    .where(
      and(
        eq(registrationSignInProofs.tokenHash, hashToken(input.token)),
        isNotNull(registrationSignInProofs.otpVerifiedAt),
        isNull(registrationSignInProofs.consumedAt),
        gt(registrationSignInProofs.expiresAt, now),
      ),
    )
    .returning({ userId: registrationSignInProofs.userId });
  if (!spent) return null;
  const [user] = await ctx.db.select().from(users).where(eq(users.id, spent.userId)).limit(1);
  if (!user || !user.isActive || user.deletedAt || !user.isEmailVerified) return null;
  const session = await recordSignIn(ctx, { userId: user.id, email: user.email, kind: "web" });
  return { user, session };
}
