// exam/exam.opened → every candidate who may take the exam (active, verified, of its stage:
// rolesForStage, the rule checkCandidate applies), a batch at a time by user id. Nothing when the
// exam no longer opens at the event's instant (its schedule moved, it was withdrawn), nor once it
// is cancelled or its window has closed (ended early, or the event came late): "is open" would no
// longer be true.
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { exams, users } from "@/db/schema";
import { mayTakeStage } from "@/lib/attempts/attempt-rules";
import type { Context } from "@/lib/context";
import type { EventData } from "@/lib/events/registry";
import { isCurrentWindowEvent } from "@/lib/exams/publish-window-events";
import { examStatus } from "@/lib/exams/status";
import { formatHours, formatMinutes } from "@/lib/time/format-duration";
import { notifyPeople } from "./notify-people";

export async function notifyExamOpened({
  ctx,
  input,
}: {
  ctx: Context;
  input: EventData<"exam/exam.opened"> & { after: string | null; size: number };
}): Promise<{ last: string | null; notified: number }> {
  const [exam] = await ctx.db
    .select()
    .from(exams)
    .where(and(eq(exams.id, input.examId), isNull(exams.deletedAt)));
  if (!exam || !isCurrentWindowEvent(exam, input)) return { last: null, notified: 0 };
  // Not cancelled, not concluded; "scheduled" too: this clock may be a few milliseconds behind
  // the instant the event was due.
  const status = examStatus(exam, ctx.clock.now());
  if (status !== "ongoing" && status !== "scheduled") return { last: null, notified: 0 };
  const people = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(mayTakeStage(exam.stage), input.after ? gt(users.id, input.after) : undefined))
    .orderBy(asc(users.id))
    .limit(input.size);
  if (people.length === 0) return { last: null, notified: 0 };
  const fresh = await notifyPeople(
    ctx,
    people.map((person) => ({
      userId: person.id,
      subject: `${exam.title} is open`,
      message:
        `It stays open for ${formatHours(exam.openDurationHours)}, and you have ` +
        `${formatMinutes(exam.countdownMinutes)} once you begin. Start it from the Exams page.`,
      dedupeKey: `exam-opened:${exam.id}:${input.opensAt}`,
    })),
    "exam-opened notification",
  );
  return { last: people.at(-1)!.id, notified: fresh.length };
}
