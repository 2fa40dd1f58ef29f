// The resend cooldown answers the same for registered and unknown addresses, so a 429 reveals nothing.
import { afterAll, describe, expect, it, vi } from "vitest";
import * as passwordChangeRequestRoute from "@/app/api/v1/auth/password-change/request/route";
import * as sendOtpRoute from "@/app/api/v1/send-email-otp/route";
import { claimOtpRequest, pruneOtpRequestCooldowns } from "@/lib/accounts/otp/request-cooldown";
import type { TestDatabase } from "../support/database";
import { createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
afterAll(async () => {
  vi.useRealTimers();
});

const ask = (route: { POST: unknown }, email: string) =>
  call(route.POST as never, {
    method: "POST",
    json: { email, resend: true },
    headers: { "x-api-key": apiKey },
  });

describe("resend cooldown", () => {
  it("forgets cooldowns once they have run out", async () => {
    const now = new Date("2031-01-01T10:00:00Z");
    await claimOtpRequest(database.db, {
      email: "old@example.com",
      purpose: "email_verification",
      now,
    });
    await claimOtpRequest(database.db, {
      email: "new@example.com",
      purpose: "email_verification",
      now: new Date(now.getTime() + 60_000),
    });
    expect(await pruneOtpRequestCooldowns(database.db, new Date(now.getTime() + 150_000))).toBe(1);
    // The recent one still holds.
    await expect(
      claimOtpRequest(database.db, {
        email: "new@example.com",
        purpose: "email_verification",
        now: new Date(now.getTime() + 150_000),
      }),
    ).rejects.toMatchObject({ status: 429 });
  });

  for (const [name, route] of [
    ["email verification", sendOtpRoute],
    ["password change", passwordChangeRequestRoute],
  ] as const) {
    it(`${name}: a registered and an unknown address get the same answers at the same times`, async () => {
      vi.useFakeTimers({ toFake: ["Date"], now: new Date(Date.now() + Math.random() * 1e9) });
      const registered = await createUser(database.db, { isEmailVerified: false });
      const unknown = `nobody-${Math.random().toString(36).slice(2)}@example.com`;
      const timeline: [number, number][] = [];
      for (const advanceSeconds of [0, 30, 91, 1]) {
        vi.advanceTimersByTime(advanceSeconds * 1000);
        const [a, b] = [await ask(route, registered.email), await ask(route, unknown)];
        timeline.push([a.status, b.status]);
        expect(b.data).toEqual({ ...a.data, ...(a.data.email ? { email: b.data.email } : {}) });
        expect(b.headers.get("retry-after")).toBe(a.headers.get("retry-after"));
      }
      expect(timeline).toEqual([
        [200, 200],
        [429, 429],
        [200, 200],
        [429, 429],
      ]);
    });
  }
});
