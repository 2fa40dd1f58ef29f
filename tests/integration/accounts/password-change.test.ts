// The spec's OTP password change: request → confirm-otp → password-change, and resend-otp.
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/v1/auth/me/route";
import * as changeRoute from "@/app/api/v1/auth/password-change/route";
import * as confirmRoute from "@/app/api/v1/auth/password-change/confirm-otp/route";
import * as requestRoute from "@/app/api/v1/auth/password-change/request/route";
import * as resendRoute from "@/app/api/v1/auth/password-change/resend-otp/route";
import { sessions, users } from "@/db/schema";
import { sendEmailOtp } from "@/lib/accounts/otp/send-email-otp";
import { hashPassword, verifyPassword } from "@/lib/accounts/password/passwords";
import { systemActor, useClock } from "@/lib/context";
import { listMailbox } from "@/lib/email";
import type { TestDatabase } from "../support/database";
import { createUser, signIn, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let key: string;
let now: Date;
let oldHash: string;
useDatabaseWithKey((setup) => ({ database, apiKey: key } = setup));
beforeAll(async () => {
  oldHash = await hashPassword("Old-Password-77");
});
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

function post(route: { POST: typeof requestRoute.POST }, json: unknown) {
  return call(route.POST, { method: "POST", json, headers: { "x-api-key": key } });
}

const subject = "Your password change verification code";
async function latestCode(email: string) {
  const mail = await listMailbox(database.db, { to: email });
  return mail.find((message) => message.subject === subject)?.text.match(/\b(\d{6})\b/)?.[1];
}

async function person() {
  return createUser(database.db, { passwordHash: oldHash });
}

async function requestAndConfirm(email: string) {
  expect((await post(requestRoute, { email })).status).toBe(200);
  const otp = (await latestCode(email))!;
  expect((await post(confirmRoute, { email, otp })).status).toBe(200);
  return otp;
}

const newPassword = "Lantern-Quasar-913";
const changeBody = (email: string, otp: string, overrides: Record<string, unknown> = {}) => ({
  email,
  otp,
  new_password: newPassword,
  confirm_password: newPassword,
  ...overrides,
});

describe("password change with OTP", () => {
  it("request → confirm → change sets the password, revokes every session and sends a notice", async () => {
    const user = await person();
    const first = await signIn(database.db, user.id);
    const second = await signIn(database.db, user.id);
    const me = (access: string) =>
      call(meRoute.GET, { headers: { "x-api-key": key, authorization: `Bearer ${access}` } });
    expect((await me(first.access)).status).toBe(200);

    const requested = await post(requestRoute, { email: user.email });
    expect(requested.status).toBe(200);
    expect(requested.data).toEqual({
      message: "Password change verification code sent to your email",
      email: `${user.email.slice(0, 3)}***@example.com`,
      expires_in_minutes: 10,
    });
    const otp = (await latestCode(user.email))!;
    expect(otp).toMatch(/^\d{6}$/);

    const confirmed = await post(confirmRoute, { email: user.email, otp });
    expect(confirmed.status).toBe(200);
    expect(confirmed.data).toEqual({
      message: "OTP verified. User confirmed for password change. Proceed to change password.",
    });

    const changed = await post(changeRoute, changeBody(user.email.toUpperCase(), otp));
    expect(changed.status).toBe(200);
    expect(changed.data).toEqual({
      message: "Password changed successfully. Please log in with your new password.",
    });

    const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row!.passwordHash!, newPassword)).toBe(true);
    expect(await verifyPassword(row!.passwordHash!, "Old-Password-77")).toBe(false);
    expect(row!.passwordChangedAt?.getTime()).toBe(now.getTime());

    const rows = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows.map((session) => session.id).sort()).toEqual(
      [first.session.id, second.session.id].sort(),
    );
    for (const session of rows) {
      expect(session.revokedAt).not.toBeNull();
      expect(session.revokedReason).toBe("password_changed");
    }
    expect((await me(first.access)).status).toBe(401);
    expect((await me(second.access)).status).toBe(401);

    const mail = await listMailbox(database.db, { to: user.email });
    expect(mail[0]!.subject).toBe("Your password was changed");
    expect(mail[0]!.html).toContain("password");

    // The code is spent.
    const again = await post(
      changeRoute,
      changeBody(user.email, otp, {
        new_password: "Another-Comet-55",
        confirm_password: "Another-Comet-55",
      }),
    );
    expect(again.status).toBe(400);
    expect(again.data.code).toBe("invalid_otp");
  });

  it("refuses a code that was not confirmed first", async () => {
    const user = await person();
    await post(requestRoute, { email: user.email });
    const otp = (await latestCode(user.email))!;
    const response = await post(changeRoute, changeBody(user.email, otp));
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid_otp");
    const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toBe(oldHash);
  });

  it("refuses an expired confirmed code", async () => {
    const user = await person();
    const otp = await requestAndConfirm(user.email);
    advance(10 * 60 + 1);
    const response = await post(changeRoute, changeBody(user.email, otp));
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid_otp");
  });

  it("confirm-otp rejects a wrong code and voids the code after five wrong tries", async () => {
    const user = await person();
    await post(requestRoute, { email: user.email });
    const otp = (await latestCode(user.email))!;
    const wrong = otp === "000000" ? "000001" : "000000";
    for (let i = 0; i < 5; i += 1) {
      const response = await post(confirmRoute, { email: user.email, otp: wrong });
      expect(response.status).toBe(400);
      expect(response.data).toEqual({
        detail: "The provided One-Time Password is invalid or expired.",
        code: "invalid_otp",
      });
    }
    expect((await post(confirmRoute, { email: user.email, otp })).data.code).toBe("invalid_otp");
  });

  it("validates the new password before spending the code", async () => {
    const user = await person();
    const otp = await requestAndConfirm(user.email);
    const mismatch = await post(
      changeRoute,
      changeBody(user.email, otp, { confirm_password: "Different-Pass-11" }),
    );
    expect(mismatch.status).toBe(400);
    expect(mismatch.data.code).toBe("passwords_do_not_match");
    for (const weak of ["short1", "password123", "98765432101"]) {
      const response = await post(
        changeRoute,
        changeBody(user.email, otp, { new_password: weak, confirm_password: weak }),
      );
      expect(response.status).toBe(400);
      expect(response.data.code).toBe("password_validation_failed");
      expect(response.data.errors.new_password.length).toBeGreaterThan(0);
    }
    // The code still works after the refusals.
    expect((await post(changeRoute, changeBody(user.email, otp))).status).toBe(200);
  });

  it("a newer code voids the confirmed older one", async () => {
    const user = await person();
    const first = await requestAndConfirm(user.email);
    advance(121);
    expect((await post(resendRoute, { email: user.email })).status).toBe(200);
    const response = await post(changeRoute, changeBody(user.email, first));
    expect(response.data.code).toBe("invalid_otp");
  });

  it("resend-otp has a two-minute cooldown", async () => {
    const user = await person();
    await post(requestRoute, { email: user.email });
    advance(60);
    const early = await post(resendRoute, { email: user.email });
    expect(early.status).toBe(429);
    expect(early.headers.get("retry-after")).toBe("60");
    advance(60);
    const resent = await post(resendRoute, { email: user.email });
    expect(resent.status).toBe(200);
    expect(resent.data).toEqual({
      message: "Password change verification code has been resent",
      email: `${user.email.slice(0, 3)}***@example.com`,
      expires_in_minutes: 10,
    });
    const mail = await listMailbox(database.db, { to: user.email });
    expect(mail.filter((message) => message.subject === subject)).toHaveLength(2);
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    for (const route of [requestRoute, resendRoute]) {
      // A fresh address per route: the cooldown applies to unknown addresses as to registered ones.
      const response = await post(route, {
        email: `nobody-${route === requestRoute ? "a" : "b"}-${Date.now()}@example.com`,
      });
      expect(response.status).toBe(200);
      expect(response.data.email).toBe("nob***@example.com");
      expect(response.data.expires_in_minutes).toBe(10);
    }
    const email = `nobody-${Date.now()}@example.com`;
    expect(await listMailbox(database.db, { to: email })).toHaveLength(0);
    expect((await post(confirmRoute, { email, otp: "123456" })).data.code).toBe("invalid_otp");
    expect((await post(changeRoute, changeBody(email, "123456"))).data.code).toBe("invalid_otp");
  });

  it("an email-verification code cannot be used for a password change", async () => {
    const user = await createUser(database.db, { passwordHash: oldHash, isEmailVerified: false });
    await sendEmailOtp({
      ctx: { db: database.db, actor: systemActor, clock: { now: () => now } },
      input: { email: user.email },
    });
    const mail = await listMailbox(database.db, { to: user.email });
    const code = mail[0]!.text.match(/\b(\d{6})\b/)![1]!;
    expect((await post(confirmRoute, { email: user.email, otp: code })).data.code).toBe(
      "invalid_otp",
    );
  });
});
