// Signing a new person in after their email code, with the proof their browser got at
// registration (lib/accounts/registration/sign-in-proof.ts): it works once, for that person,
// only after their own code was verified, and not after it expires.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loginEvents, registrationSignInProofs, sessions, users } from "@/db/schema";
import { verifyEmailOtp } from "@/lib/accounts/otp/verify-email";
import { registerUser } from "@/lib/accounts/registration/register-user";
import {
  issueRegistrationProof,
  markProofVerified,
  redeemRegistrationProof,
  registrationProofPolicy,
} from "@/lib/accounts/registration/sign-in-proof";
import type { Context } from "@/lib/context";
import { listMailbox } from "@/lib/email";
import type { TestDatabase } from "../support/database";
import { createUser, useDatabaseWithKey } from "../support/factories";

let database: TestDatabase;
useDatabaseWithKey((setup) => ({ database } = setup));

let now = new Date("2026-12-04T10:00:00Z");
const advanceMinutes = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};
const ctx = (): Context => ({
  db: database.db,
  clock: { now: () => now },
  actor: { user: null, apiKey: null, ip: "203.0.113.9", userAgent: "Proof test browser" },
});

let counter = 0;
async function register() {
  counter += 1;
  const email = `proof${counter}-${Date.now().toString(36)}@example.com`;
  await registerUser({
    ctx: ctx(),
    input: {
      userType: "candidate",
      email,
      first_name: "Ngozi",
      last_name: "Okeke",
      phone: null,
      school: null,
      password: "Tangerine-Orbit-42",
      password2: "Tangerine-Orbit-42",
      generate_password: false,
    },
  });
  const proof = await issueRegistrationProof({ ctx: ctx(), input: { email } });
  const [user] = await database.db.select().from(users).where(eq(users.email, email));
  return { email, proof: proof!, user: user! };
}

async function verifyCode(email: string) {
  const mail = await listMailbox(database.db, { to: email });
  const code = mail
    .find((message) => message.subject === "Verify your email address")!
    .text.match(/\b(\d{6})\b/)![1]!;
  await verifyEmailOtp({ ctx: ctx(), input: { email, otp: code } });
}

const sessionsOf = (userId: string) =>
  database.db.select().from(sessions).where(eq(sessions.userId, userId));

describe("the registration sign-in proof", () => {
  it("signs the person in once after their code: a session row and a login-history entry", async () => {
    const { email, proof, user } = await register();
    expect(proof.expiresAt.getTime() - now.getTime()).toBe(
      registrationProofPolicy.ttlMinutes * 60_000,
    );
    await verifyCode(email);
    expect(await markProofVerified({ ctx: ctx(), input: { token: proof.token, email } })).toBe(
      true,
    );

    const opened = await redeemRegistrationProof({ ctx: ctx(), input: { token: proof.token } });
    expect(opened?.user.id).toBe(user.id);
    const rows = await sessionsOf(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: opened!.session.id,
      kind: "web",
      ipAddress: "203.0.113.9",
      userAgent: "Proof test browser",
      revokedAt: null,
    });
    const history = await database.db
      .select()
      .from(loginEvents)
      .where(eq(loginEvents.userId, user.id));
    expect(history).toMatchObject([{ success: true, channel: "web", email }]);

    // Single use: the same proof never opens a second session.
    expect(await redeemRegistrationProof({ ctx: ctx(), input: { token: proof.token } })).toBeNull();
    expect(await markProofVerified({ ctx: ctx(), input: { token: proof.token, email } })).toBe(
      false,
    );
    expect(await sessionsOf(user.id)).toHaveLength(1);
  });

  it("does nothing before the person's own code is verified", async () => {
    const { email, proof, user } = await register();
    // Not verified yet: it cannot be readied, and an unreadied proof signs nobody in.
    expect(await markProofVerified({ ctx: ctx(), input: { token: proof.token, email } })).toBe(
      false,
    );
    expect(await redeemRegistrationProof({ ctx: ctx(), input: { token: proof.token } })).toBeNull();
    expect(await sessionsOf(user.id)).toHaveLength(0);

    // Still usable once the code is verified (the failed tries did not spend it).
    await verifyCode(email);
    expect(await markProofVerified({ ctx: ctx(), input: { token: proof.token, email } })).toBe(
      true,
    );
    expect(
      await redeemRegistrationProof({ ctx: ctx(), input: { token: proof.token } }),
    ).not.toBeNull();
  });

  it("works only for its own person: another person's verified code does not ready it", async () => {
    const first = await register();
    const second = await register();
    await verifyCode(second.email);
    expect(
      await markProofVerified({
        ctx: ctx(),
        input: { token: first.proof.token, email: second.email },
      }),
    ).toBe(false);
    expect(
      await redeemRegistrationProof({ ctx: ctx(), input: { token: first.proof.token } }),
    ).toBeNull();
    expect(await sessionsOf(first.user.id)).toHaveLength(0);
    expect(await sessionsOf(second.user.id)).toHaveLength(0);
  });

  it("expires: not readied nor spent after its lifetime", async () => {
    const { email, proof, user } = await register();
    await verifyCode(email);
    advanceMinutes(registrationProofPolicy.ttlMinutes);
    expect(await markProofVerified({ ctx: ctx(), input: { token: proof.token, email } })).toBe(
      false,
    );

    // Readied in time, but spent too late.
    const other = await register();
    await verifyCode(other.email);
    expect(
      await markProofVerified({
        ctx: ctx(),
        input: { token: other.proof.token, email: other.email },
      }),
    ).toBe(true);
    advanceMinutes(registrationProofPolicy.ttlMinutes);
    expect(
      await redeemRegistrationProof({ ctx: ctx(), input: { token: other.proof.token } }),
    ).toBeNull();
    expect(await sessionsOf(user.id)).toHaveLength(0);
    expect(await sessionsOf(other.user.id)).toHaveLength(0);
  });

  it("keeps only a hash, refuses made-up tokens, and never signs in a deactivated account", async () => {
    const { email, proof, user } = await register();
    const [row] = await database.db
      .select()
      .from(registrationSignInProofs)
      .where(eq(registrationSignInProofs.userId, user.id));
    expect(row!.tokenHash).not.toContain(proof.token);
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    expect(
      await redeemRegistrationProof({ ctx: ctx(), input: { token: "x".repeat(43) } }),
    ).toBeNull();
    expect(await redeemRegistrationProof({ ctx: ctx(), input: { token: "" } })).toBeNull();

    await verifyCode(email);
    expect(await markProofVerified({ ctx: ctx(), input: { token: proof.token, email } })).toBe(
      true,
    );
    await database.db
      .update(users)
      .set({ isActive: false })
      .where(and(eq(users.id, user.id)));
    expect(await redeemRegistrationProof({ ctx: ctx(), input: { token: proof.token } })).toBeNull();
    expect(await sessionsOf(user.id)).toHaveLength(0);
  });

  it("is issued only for a new, self-registered, unverified account", async () => {
    const verified = await createUser(database.db, { userType: "candidate" });
    expect(
      await issueRegistrationProof({ ctx: ctx(), input: { email: verified.email } }),
    ).toBeNull();
    const invited = await createUser(database.db, {
      isEmailVerified: false,
      registrationSource: "invite",
    });
    expect(
      await issueRegistrationProof({ ctx: ctx(), input: { email: invited.email } }),
    ).toBeNull();
    expect(
      await issueRegistrationProof({ ctx: ctx(), input: { email: "nobody@example.com" } }),
    ).toBeNull();
  });
});
