// Exam status is computed, never stored (CONTRACT §4): draft (no scheduled_date), cancelled
// (is_active false), scheduled (before it opens), ongoing (open), concluded (after
// scheduled_date + open_duration_hours, or once an admin ended it early; concluded_at is that
// instant).
import type { exams } from "@/db/schema";

export const examStatuses = ["draft", "cancelled", "scheduled", "ongoing", "concluded"] as const;
export type ExamStatus = (typeof examStatuses)[number];

type ExamWindow = Pick<
  typeof exams.$inferSelect,
  "scheduledDate" | "openDurationHours" | "endedEarlyAt"
>;
type ExamTiming = ExamWindow & Pick<typeof exams.$inferSelect, "isActive">;

/** When the window closes as scheduled (scheduled_date + open_duration_hours); null for a draft. */
export function scheduledClose(exam: Pick<ExamWindow, "scheduledDate" | "openDurationHours">) {
  if (!exam.scheduledDate) return null;
  return new Date(exam.scheduledDate.getTime() + exam.openDurationHours * 3_600_000);
}

/** When the exam's window closes: as scheduled, or earlier when it was ended early; null for a draft. */
export function windowClose(exam: ExamWindow) {
  const planned = scheduledClose(exam);
  if (!planned || !exam.endedEarlyAt) return planned;
  return exam.endedEarlyAt.getTime() < planned.getTime() ? exam.endedEarlyAt : planned;
}

export function examStatus(exam: ExamTiming, now: Date): ExamStatus {
  if (!exam.scheduledDate) return "draft";
  if (!exam.isActive) return "cancelled";
  if (now.getTime() < exam.scheduledDate.getTime()) return "scheduled";
  return now.getTime() < windowClose(exam)!.getTime() ? "ongoing" : "concluded";
}

/** The instant a concluded exam concluded; null while it has not. */
export function concludedAt(exam: ExamTiming, now: Date): Date | null {
  return examStatus(exam, now) === "concluded" ? windowClose(exam) : null;
}

export function stageDisplay(exam: { stage: string; level: number | null }): string {
  return `${exam.stage}_${exam.level ?? 1}`;
}

/** An attempt's deadline: the countdown from its start, cut short by the window's close. */
export function attemptDeadline(
  exam: ExamWindow & { countdownMinutes: number },
  startedAt: Date,
): Date {
  const byCountdown = startedAt.getTime() + exam.countdownMinutes * 60_000;
  const close = windowClose(exam);
  return new Date(close ? Math.min(byCountdown, close.getTime()) : byCountdown);
}
