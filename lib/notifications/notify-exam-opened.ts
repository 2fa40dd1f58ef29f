// exam/exam.opened → every candidate who may take the exam (active, verified, of its stage —
// winners take final exams, as checkCandidate says), a batch at a time by user id. Nothing when
// the exam no longer opens at the event's instant (its schedule moved, it was withdrawn), nor once
// its window has closed (ended early, or the event came late): "is open" would no longer be true.
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import { exams, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import type { EventData } from "@/lib/events/registry";
import { isCurrentWindowEvent } from "@/lib/exams/publish-window-events";
import { windowClose } from "@/lib/exams/status";
import { formatHours, formatMinutes } from "@/lib/time/format-duration";
import { notifyPeople, pushNotifications } from "./notify-people";

/** The candidate roles that take an exam of `stage` (the SQL side of checkCandidate). */
export const rolesForStage = (stage: string) => (stage === "final" ? ["final", "winner"] : [stage]);

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
  if (
    !exam ||
    !exam.isActive ||
    !isCurrentWindowEvent(exam, input) ||
    windowClose(exam)!.getTime() <= ctx.clock.now().getTime()
  ) {
    return { last: null, notified: 0 };
  }
  const people = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.userType, "candidate"),
        inArray(users.role, rolesForStage(exam.stage)),
        eq(users.isActive, true),
        eq(users.isUserVerified, true),
        isNull(users.deletedAt),
        input.after ? gt(users.id, input.after) : undefined,
      ),
    )
    .orderBy(asc(users.id))
    .limit(input.size);
  if (people.length === 0) return { last: null, notified: 0 };
  const fresh = await notifyPeople(
    ctx.db,
    people.map((person) => ({
      userId: person.id,
      subject: `${exam.title} is open`,
      message:
        `It stays open for ${formatHours(exam.openDurationHours)}, and you have ` +
        `${formatMinutes(exam.countdownMinutes)} once you begin. Start it from the Exams page.`,
      dedupeKey: `exam-opened:${exam.id}:${input.opensAt}`,
    })),
    ctx.clock.now(),
  );
  await pushNotifications(fresh, "exam-opened notification");
  return { last: people.at(-1)!.id, notified: fresh.length };
}
