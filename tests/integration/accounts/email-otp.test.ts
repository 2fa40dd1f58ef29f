// Email verification codes: /send-email-otp/ and /verify-email-otp/ (CONTRACT §5 OTP rules).
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as registerRoute from "@/app/api/v1/register/candidate/route";
import * as sendRoute from "@/app/api/v1/send-email-otp/route";
import * as verifyRoute from "@/app/api/v1/verify-email-otp/route";
import * as confirmRoute from "@/app/api/v1/auth/password-change/confirm-otp/route";
import * as requestRoute from "@/app/api/v1/auth/password-change/request/route";
import { emailOtps, users } from "@/db/schema";
import { useClock } from "@/lib/context";
import { listMailbox } from "@/lib/email";
import type { TestDatabase } from "../support/database";
import { createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let key: string;
let now: Date;
useDatabaseWithKey((setup) => ({ database, apiKey: key } = setup));
beforeEach(() => {
  now = new Date();
  useClock({ now: () => now });
});
afterEach(() => {
  useClock(undefined);
});

const advance = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};

let counter = 0;
function uniqueEmail() {
  counter += 1;
  return `otp${counter}-${Date.now().toString(36)}@example.com`;
}

function post(route: { POST: typeof sendRoute.POST }, json: unknown) {
  return call(route.POST, { method: "POST", json, headers: { "x-api-key": key } });
}

async function registerCandidate(email = uniqueEmail()) {
  const response = await post(registerRoute, {
    email,
    first_name: "Ada",
    last_name: "Lovelace",
    password: "Tangerine-Orbit-42",
    password2: "Tangerine-Orbit-42",
  });
  expect(response.status).toBe(201);
  return email;
}

/** The code in the newest email with this subject. */
async function latestCode(email: string, subject = "Verify your email address") {
  const mail = await listMailbox(database.db, { to: email });
  const entry = mail.find((message) => message.subject === subject);
  return entry?.text.match(/\b(\d{6})\b/)?.[1];
}

async function mailCount(email: string) {
  return (await listMailbox(database.db, { to: email })).length;
}

async function userByEmail(email: string) {
  const [user] = await database.db.select().from(users).where(eq(users.email, email));
  return user!;
}

function wrongCode(code: string) {
  return code === "000000" ? "000001" : "000000";
}

const invalidOtp = {
  detail: "The provided One-Time Password is invalid or expired.",
  code: "invalid_otp",
};

describe("POST /verify-email-otp/", () => {
  it("verifies the email with the code sent at registration", async () => {
    const email = await registerCandidate();
    const code = (await latestCode(email))!;
    const response = await post(verifyRoute, { email, otp: code });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ message: "Email verified successfully." });
    const user = await userByEmail(email);
    expect(user.isEmailVerified).toBe(true);
    expect(user.emailVerifiedAt?.getTime()).toBe(now.getTime());
    const [welcome] = await listMailbox(database.db, { to: email });
    expect(welcome).toMatchObject({ subject: "Welcome to the competition" });
    expect(welcome!.html).toContain("/sign-in");
    // Single use.
    const again = await post(verifyRoute, { email, otp: code });
    expect(again.status).toBe(400);
    expect(again.data).toEqual(invalidOtp);
  });

  it("matches the email whatever its case", async () => {
    const email = await registerCandidate();
    const code = (await latestCode(email))!;
    const response = await post(verifyRoute, { email: ` ${email.toUpperCase()} `, otp: code });
    expect(response.status).toBe(200);
  });

  it("rejects a wrong code, and an unknown email with the same answer", async () => {
    const email = await registerCandidate();
    const code = (await latestCode(email))!;
    const wrong = await post(verifyRoute, { email, otp: wrongCode(code) });
    expect(wrong.status).toBe(400);
    expect(wrong.data).toEqual(invalidOtp);
    const unknown = await post(verifyRoute, { email: uniqueEmail(), otp: code });
    expect(unknown.status).toBe(400);
    expect(unknown.data).toEqual(invalidOtp);
    const malformed = await post(verifyRoute, { email, otp: "12ab" });
    expect(malformed.data).toEqual(invalidOtp);
    expect((await userByEmail(email)).isEmailVerified).toBe(false);
  });

  it("rejects an expired code (10 minutes)", async () => {
    const email = await registerCandidate();
    const code = (await latestCode(email))!;
    advance(10 * 60 + 1);
    const response = await post(verifyRoute, { email, otp: code });
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid_otp");
  });

  it("accepts a code just before it expires", async () => {
    const email = await registerCandidate();
    const code = (await latestCode(email))!;
    advance(10 * 60 - 1);
    expect((await post(verifyRoute, { email, otp: code })).status).toBe(200);
  });

  it("voids a code after five wrong tries", async () => {
    const email = await registerCandidate();
    const code = (await latestCode(email))!;
    for (let i = 0; i < 5; i += 1) {
      expect((await post(verifyRoute, { email, otp: wrongCode(code) })).status).toBe(400);
    }
    const response = await post(verifyRoute, { email, otp: code });
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid_otp");
    const user = await userByEmail(email);
    const [otp] = await database.db.select().from(emailOtps).where(eq(emailOtps.userId, user.id));
    expect(otp!.voidedAt).not.toBeNull();
    expect(otp!.failedAttempts).toBe(5);
  });

  it("still accepts the right code after four wrong tries", async () => {
    const email = await registerCandidate();
    const code = (await latestCode(email))!;
    for (let i = 0; i < 4; i += 1) await post(verifyRoute, { email, otp: wrongCode(code) });
    expect((await post(verifyRoute, { email, otp: code })).status).toBe(200);
  });

  it("does not accept a password-change code", async () => {
    const email = await registerCandidate();
    expect((await post(requestRoute, { email })).status).toBe(200);
    const passwordCode = (await latestCode(email, "Your password change verification code"))!;
    const emailCode = (await latestCode(email))!;
    if (passwordCode !== emailCode) {
      const response = await post(verifyRoute, { email, otp: passwordCode });
      expect(response.data.code).toBe("invalid_otp");
    }
    // …and an email-verification code is not a password-change code.
    if (passwordCode !== emailCode) {
      expect((await post(confirmRoute, { email, otp: emailCode })).data.code).toBe("invalid_otp");
    }
    expect((await post(verifyRoute, { email, otp: emailCode })).status).toBe(200);
    expect((await post(confirmRoute, { email, otp: passwordCode })).status).toBe(200);
  });
});

describe("POST /send-email-otp/", () => {
  it("sends a new code after the cooldown, which voids the older one", async () => {
    const email = await registerCandidate();
    const first = (await latestCode(email))!;
    advance(121);
    const response = await post(sendRoute, { email, resend: true });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({
      message: "OTP has been sent to your email address",
      email: `${email.slice(0, 3)}***@example.com`,
      expires_in_minutes: 10,
    });
    expect(await mailCount(email)).toBe(2);
    const second = (await latestCode(email))!;
    const user = await userByEmail(email);
    const rows = await database.db
      .select()
      .from(emailOtps)
      .where(and(eq(emailOtps.userId, user.id), eq(emailOtps.purpose, "email_verification")));
    expect(rows.filter((row) => row.voidedAt === null)).toHaveLength(1);
    if (first !== second) {
      expect((await post(verifyRoute, { email, otp: first })).data.code).toBe("invalid_otp");
    }
    expect((await post(verifyRoute, { email, otp: second })).status).toBe(200);
  });

  it("refuses a resend within two minutes with 429 and Retry-After", async () => {
    const email = await registerCandidate();
    advance(30);
    const response = await post(sendRoute, { email, resend: true });
    expect(response.status).toBe(429);
    expect(response.data.code).toBe("throttle_exceeded");
    expect(response.headers.get("retry-after")).toBe("90");
    expect(await mailCount(email)).toBe(1);
    // Without "resend" the cooldown applies too.
    expect((await post(sendRoute, { email })).status).toBe(429);
    advance(90);
    expect((await post(sendRoute, { email })).status).toBe(200);
    expect(await mailCount(email)).toBe(2);
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const email = uniqueEmail();
    const response = await post(sendRoute, { email });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({
      message: "OTP has been sent to your email address",
      email: `${email.slice(0, 3)}***@example.com`,
      expires_in_minutes: 10,
    });
    expect(await mailCount(email)).toBe(0);
    // A repeat inside the cooldown is refused exactly as for a registered address (no leak).
    expect((await post(sendRoute, { email })).status).toBe(429);
  });

  it("sends nothing to an already verified email, with the same answer", async () => {
    const user = await createUser(database.db, { isEmailVerified: true });
    const response = await post(sendRoute, { email: user.email });
    expect(response.status).toBe(200);
    expect(response.data.message).toBe("OTP has been sent to your email address");
    expect(await mailCount(user.email)).toBe(0);
  });

  it("sends a code to an unverified account created without one", async () => {
    const user = await createUser(database.db, { isEmailVerified: false });
    const response = await post(sendRoute, { email: user.email.toUpperCase() });
    expect(response.status).toBe(200);
    const code = (await latestCode(user.email))!;
    expect(code).toMatch(/^\d{6}$/);
    const mail = await listMailbox(database.db, { to: user.email });
    expect(mail[0]!.html).toContain(code);
    expect((await post(verifyRoute, { email: user.email, otp: code })).status).toBe(200);
  });

  it("validates its body", async () => {
    const response = await post(sendRoute, { email: "nope" });
    expect(response.status).toBe(400);
    expect(response.data.errors.email).toBeDefined();
    expect((await post(sendRoute, { email: "a@example.com", resend: "yes" })).status).toBe(400);
  });
});
