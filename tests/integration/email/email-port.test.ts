// The email port in both modes: the outbox (embedded) and Resend (real adapter, Resend's HTTP API
// faked at the network edge). Emails are written in the caller's transaction, delivered after it.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as mailboxRoute from "@/app/api/dev/mailbox/route";
import { emailOutbox } from "@/db/schema";
import { deliverEmailFunction } from "@/inngest/functions/email/deliver-email";
import { deliverEmail, outboxSender, queueEmail } from "@/lib/email";
import { createResendSender } from "@/lib/email/resend-sender";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { systemClock } from "@/lib/context";
import { useTestDatabase, type TestDatabase } from "../support/database";
import { call } from "../support/http";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(async () => {
  await database.close();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const message = (to: string, subject = "Your code") => ({
  to,
  subject,
  text: `Hello ${to}`,
  html: `<p>Hello ${to}</p>`,
});

describe("outbox mode (embedded default)", () => {
  it("lands an email in the outbox and the mailbox once the deliver-email function has run", async () => {
    const to = `Someone.${randomUUID().slice(0, 6)}@Example.com`;
    const id = await database.db.transaction((tx) => queueEmail(tx as never, message(to)));
    const [queued] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(queued).toMatchObject({ status: "queued", to: to.toLowerCase() });

    const runner = new InProcessRunner({
      db: database.db,
      functions: [deliverEmailFunction],
      clock: systemClock,
    });
    expect(await runner.tick()).toBe(1);
    const [captured] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(captured).toMatchObject({ status: "captured", attempts: 1 });
    expect(captured!.sentAt).toBeInstanceOf(Date);

    const mailbox = await call(mailboxRoute.GET, {
      path: `/api/dev/mailbox/?to=${encodeURIComponent(to.toUpperCase())}`,
    });
    expect(mailbox.status).toBe(200);
    expect(mailbox.data.results).toEqual([
      {
        id,
        to: to.toLowerCase(),
        subject: "Your code",
        text: `Hello ${to}`,
        html: `<p>Hello ${to}</p>`,
        created_at: expect.stringMatching(/Z$/),
      },
    ]);
  });

  it("lists a recipient's emails newest first", async () => {
    const to = `order-${randomUUID().slice(0, 6)}@example.com`;
    await queueEmail(database.db, message(to, "first"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await queueEmail(database.db, message(to, "second"));
    const mailbox = await call(mailboxRoute.GET, { path: `/api/dev/mailbox/?to=${to}` });
    expect(mailbox.data.results.map((entry: { subject: string }) => entry.subject)).toEqual([
      "second",
      "first",
    ]);
  });

  it("sends nothing for a transaction that rolled back", async () => {
    const to = `rollback-${randomUUID().slice(0, 6)}@example.com`;
    await expect(
      database.db.transaction(async (tx) => {
        await queueEmail(tx as never, message(to));
        throw new Error("registration failed");
      }),
    ).rejects.toThrow("registration failed");
    const mailbox = await call(mailboxRoute.GET, { path: `/api/dev/mailbox/?to=${to}` });
    expect(mailbox.data.results).toEqual([]);
  });

  it("delivers an email once even if the delivery is repeated", async () => {
    const id = await queueEmail(
      database.db,
      message(`twice-${randomUUID().slice(0, 6)}@example.com`),
    );
    const send = vi.fn(outboxSender.send);
    const sender = { ...outboxSender, send };
    await deliverEmail({ db: database.db, clock: systemClock, sender }, id);
    await deliverEmail({ db: database.db, clock: systemClock, sender }, id);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe("Resend mode", () => {
  it("posts the message to Resend's API with an idempotency key and records the provider id", async () => {
    const fetchMock = vi.fn(async () => Response.json({ id: "re_123" }, { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    const id = await queueEmail(
      database.db,
      message(`resend-${randomUUID().slice(0, 6)}@example.com`, "Welcome"),
    );
    const sender = createResendSender("re_test_key", "Platform <no-reply@example.com>");
    await expect(
      deliverEmail({ db: database.db, clock: systemClock, sender }, id),
    ).resolves.toEqual({ status: "sent" });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("https://api.resend.com/emails");
    const headers = new Headers(init.headers);
    expect(headers.get("authorization")).toBe("Bearer re_test_key");
    expect(headers.get("idempotency-key")).toBe(`email-${id}`);
    expect(JSON.parse(String(init.body))).toMatchObject({
      subject: "Welcome",
      from: "Platform <no-reply@example.com>",
    });
    const [row] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ status: "sent", providerMessageId: "re_123" });
  });

  it("keeps the email queued with the error when Resend refuses, so the function retries it", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json(
          { name: "validation_error", message: "Invalid `to` field.", statusCode: 422 },
          { status: 422 },
        ),
      ),
    );
    const id = await queueEmail(
      database.db,
      message(`refused-${randomUUID().slice(0, 6)}@example.com`),
    );
    const sender = createResendSender("re_test_key", "Platform <no-reply@example.com>");
    await expect(deliverEmail({ db: database.db, clock: systemClock, sender }, id)).rejects.toThrow(
      /Resend refused/,
    );
    const [row] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(row!.lastError).toContain("Invalid `to` field.");
  });
});
