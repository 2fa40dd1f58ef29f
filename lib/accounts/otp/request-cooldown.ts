// The 2-minute resend cooldown, kept per email address for every address asked about (not only
// registered ones), so a 429 never tells an outsider that an address has an account.
import { createHmac } from "node:crypto";
import { and, eq, lt, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { otpRequestCooldowns } from "@/db/schema";
import { getAuthSecret } from "@/lib/env";
import { Throttled } from "@/lib/errors";
import { otpPolicy, type OtpPurpose } from "./otp-code";

const hashEmail = (email: string) =>
  createHmac("sha256", getAuthSecret()).update(`otp-cooldown:${email}`).digest("hex");

/** Record a request for a code, or throw 429 if the last one was under the cooldown ago. */
export async function claimOtpRequest(
  db: Executor,
  input: { email: string; purpose: OtpPurpose; now: Date },
): Promise<void> {
  const emailHash = hashEmail(input.email);
  const cooldownMs = otpPolicy.resendCooldownSeconds * 1000;
  const cutoff = new Date(input.now.getTime() - cooldownMs);
  // One statement: insert, or move the time forward only if the cooldown has passed.
  const claimed = await db
    .insert(otpRequestCooldowns)
    .values({ emailHash, purpose: input.purpose, requestedAt: input.now })
    .onConflictDoUpdate({
      target: [otpRequestCooldowns.emailHash, otpRequestCooldowns.purpose],
      set: { requestedAt: input.now },
      // lte() maps the Date through the column type (a raw sql`` parameter does not on postgres.js).
      setWhere: lte(otpRequestCooldowns.requestedAt, cutoff),
    })
    .returning({ requestedAt: otpRequestCooldowns.requestedAt });
  if (claimed.length > 0) return;
  const [row] = await db
    .select({ requestedAt: otpRequestCooldowns.requestedAt })
    .from(otpRequestCooldowns)
    .where(
      and(
        eq(otpRequestCooldowns.emailHash, emailHash),
        eq(otpRequestCooldowns.purpose, input.purpose),
      ),
    );
  const seconds = Math.max(
    1,
    Math.ceil(
      ((row?.requestedAt.getTime() ?? input.now.getTime()) + cooldownMs - input.now.getTime()) /
        1000,
    ),
  );
  throw new Throttled(seconds, { "Retry-After": String(seconds) });
}

/** Start the cooldown without checking it (registration sends the first code unasked). */
export async function stampOtpRequest(
  db: Executor,
  input: { email: string; purpose: OtpPurpose; now: Date },
): Promise<void> {
  await db
    .insert(otpRequestCooldowns)
    .values({ emailHash: hashEmail(input.email), purpose: input.purpose, requestedAt: input.now })
    .onConflictDoUpdate({
      target: [otpRequestCooldowns.emailHash, otpRequestCooldowns.purpose],
      set: { requestedAt: input.now },
    });
}

/** Forget cooldowns that have run out; they only matter for two minutes. */
export async function pruneOtpRequestCooldowns(db: Executor, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - otpPolicy.resendCooldownSeconds * 1000);
  const removed = await db
    .delete(otpRequestCooldowns)
    .where(lt(otpRequestCooldowns.requestedAt, cutoff))
    .returning({ emailHash: otpRequestCooldowns.emailHash });
  return removed.length;
}
