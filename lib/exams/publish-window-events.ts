// The facts "exam opened" and "exam concluded", published with the change that decides them: when
// an exam's schedule is set or changed, an `exam/exam.opened` due at its opening and an
// `exam/exam.concluded` due at its close go into the outbox (delivered when due; at once when the
// instant has passed); ending an exam early publishes `exam/exam.concluded` now. A schedule
// changed again leaves the earlier events due at instants that no longer hold: listeners act only
// when the exam still opens (or closes) at the event's instant (see isCurrentWindowEvent).
import type { Executor } from "@/db/client";
import type { ExamRow } from "@/lib/exams/shape";
import { publishEvent } from "@/lib/jobs/publish-event";
import { windowClose } from "./status";

type Window = Pick<ExamRow, "id" | "scheduledDate" | "openDurationHours" | "endedEarlyAt">;

/** After a schedule was set or changed: the opening (unless it has passed) and the close. */
export async function publishWindowEvents(
  db: Executor,
  exam: Window,
  now: Date,
  { opening = true }: { opening?: boolean } = {},
): Promise<void> {
  if (!exam.scheduledDate) return;
  const opensAt = exam.scheduledDate;
  const closesAt = windowClose(exam)!;
  if (opening && opensAt > now) {
    await publishEvent(
      db,
      { name: "exam/exam.opened", data: { examId: exam.id, opensAt: opensAt.toISOString() } },
      { availableAt: opensAt },
    );
  } else if (opening && closesAt > now) {
    // Scheduled in the past: it opens at once.
    await publishEvent(db, {
      name: "exam/exam.opened",
      data: { examId: exam.id, opensAt: opensAt.toISOString() },
    });
  }
  await publishEvent(
    db,
    {
      name: "exam/exam.concluded",
      data: { examId: exam.id, concludedAt: closesAt.toISOString(), endedEarly: false },
    },
    { availableAt: closesAt > now ? closesAt : now },
  );
}

/** Ended early by an admin: concluded now. */
export async function publishEndedEarly(db: Executor, examId: number, at: Date): Promise<void> {
  await publishEvent(db, {
    name: "exam/exam.concluded",
    data: { examId, concludedAt: at.toISOString(), endedEarly: true },
  });
}

/** Whether an opened/concluded event still describes the exam's window (it may have moved since). */
export function isCurrentWindowEvent(
  exam: Window,
  event: { opensAt: string } | { concludedAt: string },
): boolean {
  if (!exam.scheduledDate) return false;
  if ("opensAt" in event) return exam.scheduledDate.getTime() === Date.parse(event.opensAt);
  return windowClose(exam)?.getTime() === Date.parse(event.concludedAt);
}
