// Shared pieces of the exams API's responses: the staff reference object, the computed status
// fields, and rounding of scores.
import { type exams, type users } from "@/db/schema";
import { concludedAt, examStatus, stageDisplay } from "./status";

export type ExamRow = typeof exams.$inferSelect;
type UserRow = typeof users.$inferSelect;

export { staffRef } from "@/lib/people/staff-ref";

export const round2 = (value: number) => Math.round(value * 100) / 100;

export const fullName = (user: Pick<UserRow, "firstName" | "lastName">) =>
  `${user.firstName} ${user.lastName}`.trim();

/** The fields every exam representation shares, status computed at `now`. */
export function examCoreFields(exam: ExamRow, now: Date) {
  return {
    id: exam.id,
    title: exam.title,
    stage: exam.stage,
    level: exam.level,
    stage_display: stageDisplay(exam),
    description: exam.description,
    scheduled_date: exam.scheduledDate?.toISOString() ?? null,
    countdown_minutes: exam.countdownMinutes,
    open_duration_hours: exam.openDurationHours,
    is_active: exam.isActive,
    status: examStatus(exam, now),
    concluded_at: concludedAt(exam, now)?.toISOString() ?? null,
    result_redirect_url: exam.resultRedirectUrl,
  };
}
