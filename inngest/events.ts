// Every event the platform emits, with its payload schema. Names follow `domain/noun.verb`.
import { eventType } from "inngest";
import { z } from "zod";

export const eventSchemas = {
  "email/message.queued": z.object({ emailId: z.uuid() }),
  "user/verification.reviewed": z.object({
    verificationId: z.uuid(),
    userId: z.uuid(),
    status: z.enum(["approved", "rejected"]),
    reviewedById: z.uuid().nullable(),
  }),
  // An attempt was closed (by the candidate or automatically at its deadline): score it.
  "exam/attempt.submitted": z.object({
    attemptId: z.uuid(),
    examId: z.number().int(),
    candidateId: z.uuid(),
    kind: z.enum(["candidate", "auto"]),
  }),
  // A question's correct_answer changed: rescore every attempt that answered it.
  "question/answer.corrected": z.object({ questionId: z.number().int() }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventData<N extends EventName> = z.output<(typeof eventSchemas)[N]>;

/** Typed Inngest triggers, one per event. */
export const events = Object.fromEntries(
  Object.entries(eventSchemas).map(([name, schema]) => [
    name,
    eventType(name, {
      schema: schema as z.ZodType<Record<string, unknown>, Record<string, unknown>>,
    }),
  ]),
) as unknown as { [N in EventName]: ReturnType<typeof eventType<N, (typeof eventSchemas)[N]>> };

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(eventSchemas, name);
}
