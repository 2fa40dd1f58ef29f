// Issue a one-time code: enforce the resend cooldown, void the older live codes of the same
// user and purpose, and store only the code's hash. Run it inside the transaction that also
// queues the email carrying the code.
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOtps, users } from "@/db/schema";
import { getAuthSecret } from "@/lib/env";
import { Throttled } from "@/lib/errors";
import { generateOtpCode, hashOtp, otpPolicy, type OtpPurpose } from "./otp-code";

export type IssuedOtp = { code: string; expiresAt: Date; expiresInMinutes: number };

export async function issueOtp(
  db: Executor,
  input: { userId: string; purpose: OtpPurpose; now: Date },
): Promise<IssuedOtp> {
  const { userId, purpose, now } = input;
  // Serialise issues for one user so two concurrent requests cannot both pass the cooldown.
  await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");

  const [latest] = await db
    .select({ createdAt: emailOtps.createdAt })
    .from(emailOtps)
    .where(and(eq(emailOtps.userId, userId), eq(emailOtps.purpose, purpose)))
    .orderBy(desc(emailOtps.createdAt))
    .limit(1);
  if (latest) {
    const waitMs =
      latest.createdAt.getTime() + otpPolicy.resendCooldownSeconds * 1000 - now.getTime();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new Throttled(seconds, { "Retry-After": String(seconds) });
    }
  }

  await db
    .update(emailOtps)
    .set({ voidedAt: now })
    .where(
      and(
        eq(emailOtps.userId, userId),
        eq(emailOtps.purpose, purpose),
        isNull(emailOtps.consumedAt),
        isNull(emailOtps.voidedAt),
      ),
    );

  const code = generateOtpCode();
  const expiresAt = new Date(now.getTime() + otpPolicy.ttlMinutes * 60_000);
  await db.insert(emailOtps).values({
    userId,
    purpose,
    codeHash: hashOtp(getAuthSecret(), { userId, purpose, code }),
    createdAt: now,
    expiresAt,
  });
  return { code, expiresAt, expiresInMinutes: otpPolicy.ttlMinutes };
}
