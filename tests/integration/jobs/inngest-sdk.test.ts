// The platform's functions executed by the Inngest SDK itself (@inngest/test drives the SDK's own
// execution engine), against the real database: what runs on Inngest does what runs in-process.
import { randomUUID } from "node:crypto";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { eq } from "drizzle-orm";
import { RetryAfterError } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { defineFunction } from "@/inngest/define-function";
import { deliverEmailFunction } from "@/inngest/functions/email/deliver-email";
import { queueEmail } from "@/lib/email";
import { useTestDatabase, type TestDatabase } from "../support/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const queue = () =>
  queueEmail(database.db, {
    to: `sdk-${randomUUID().slice(0, 6)}@example.com`,
    subject: "Your code",
    text: "123456",
    html: "<p>123456</p>",
  });
const emailRow = async (id: string) =>
  (await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;

type InngestFunctionLike = ConstructorParameters<typeof InngestTestEngine>[0]["function"];

/**
 * The same function, executed as its failure handler: @inngest/test always runs the main handler,
 * so this switches the SDK's own execution to the `onFailure` path Inngest calls.
 */
function asFailureHandler(fn: InngestFunctionLike): InngestFunctionLike {
  const original = fn as unknown as {
    createExecution: (options: { partialOptions: Record<string, unknown> }) => unknown;
  };
  return Object.create(fn as object, {
    createExecution: {
      value: (options: { partialOptions: Record<string, unknown> }) =>
        original.createExecution.call(fn, {
          ...options,
          partialOptions: { ...options.partialOptions, handlerKind: "failure" },
        }),
    },
  }) as InngestFunctionLike;
}

describe("deliver-email on the Inngest SDK", () => {
  it("delivers a queued email: the outbox row is captured with one attempt", async () => {
    const id = await queue();
    const engine = new InngestTestEngine({ function: deliverEmailFunction.inngestFunction });
    const { result, ctx } = await engine.execute({
      events: [{ name: "email/message.queued", data: { emailId: id } }],
    });
    expect(result).toEqual({ status: "captured" });
    expect(ctx.step.run).toHaveBeenCalledWith("send", expect.any(Function));
    expect(await emailRow(id)).toMatchObject({ status: "captured", attempts: 1 });
  });

  it("its onFailure, called by the SDK with Inngest's failure event, ends the email failed", async () => {
    const id = await queue();
    const engine = new InngestTestEngine({
      function: asFailureHandler(deliverEmailFunction.inngestFunction),
    });
    const original = { name: "email/message.queued", data: { emailId: id } };
    await engine.execute({
      events: [
        {
          name: "inngest/function.failed",
          data: {
            function_id: "competition-platform-deliver-email",
            run_id: "01J0000000000000000000000",
            error: { name: "Error", message: "Resend refused the message: bounced" },
            event: original,
          },
        },
      ],
    });
    expect(await emailRow(id)).toMatchObject({
      status: "failed",
      lastError: "Resend refused the message: bounced",
      failedAt: expect.any(Date),
    });
  });
});

describe("function options as Inngest receives them", () => {
  const fn = defineFunction(
    {
      id: "options-on-inngest",
      triggers: [{ event: "exam/attempt.submitted" }, { cron: "0 3 * * *" }],
      retries: 4,
      backoff: ["1m", "10m"],
      concurrency: { key: "event.data.examId", limit: 2 },
      onFailure: async () => undefined,
    },
    async ({ step }) =>
      step.run("call-receiver", () => {
        throw new Error("receiver down");
      }),
  );

  it("registers every trigger, the retries, the concurrency key and a failure function", () => {
    const config = (
      fn.inngestFunction as unknown as {
        getConfig: (options: { baseUrl: URL; appPrefix: string }) => Record<string, unknown>[];
      }
    ).getConfig({ baseUrl: new URL("http://localhost/api/inngest"), appPrefix: "platform" });
    expect(config[0]).toMatchObject({
      id: "platform-options-on-inngest",
      triggers: [{ event: "exam/attempt.submitted" }, { cron: "0 3 * * *" }],
      concurrency: { key: "event.data.examId", limit: 2 },
      steps: { step: { retries: { attempts: 4 } } },
    });
    expect(config[1]).toMatchObject({
      id: "platform-options-on-inngest-failure",
      triggers: [{ event: "inngest/function.failed" }],
    });
  });

  it("hands a failed step back to Inngest with the function's own backoff", async () => {
    // What the step body throws into the SDK, which reads `retryAfter` to schedule the retry.
    const thrown: unknown[] = [];
    const engine = new InngestTestEngine({
      function: fn.inngestFunction,
      transformCtx: (ctx) => {
        const mocked = mockCtx(ctx) as typeof ctx;
        const run = mocked.step.run;
        return {
          ...mocked,
          step: {
            ...mocked.step,
            run: ((id: string, body: () => unknown) =>
              run(id, async () => {
                try {
                  return await body();
                } catch (error) {
                  thrown.push(error);
                  throw error;
                }
              })) as typeof run,
          },
        };
      },
    });
    const { error } = await engine.execute({
      events: [
        {
          name: "exam/attempt.submitted",
          data: { attemptId: randomUUID(), examId: 1, candidateId: randomUUID(), kind: "auto" },
        },
      ],
    });
    expect(error).toMatchObject({ name: "RetryAfterError", message: "receiver down" });
    expect(thrown).toHaveLength(1);
    expect(thrown[0]).toBeInstanceOf(RetryAfterError);
    // The first retry waits the schedule's first entry, one minute (the SDK counts seconds).
    expect((thrown[0] as RetryAfterError).retryAfter).toBe("60");
  });
});
