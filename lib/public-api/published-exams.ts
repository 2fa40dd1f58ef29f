// Which exams integrators see: scheduled, active, not deleted — never drafts or cancelled ones —
// with their status computed in SQL from the window (lib/exams/status-sql.ts).
import { eq, gt, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { exams } from "@/db/schema";
import { windowCloseSql } from "@/lib/exams/status-sql";
import { examCoreFields, type ExamRow } from "@/lib/exams/shape";
import { windowClose } from "@/lib/exams/status";
import type { publicExamStatuses } from "./schemas";

export function publishedExamConditions(
  now: Date,
  status?: (typeof publicExamStatuses)[number],
): SQL[] {
  const conditions: SQL[] = [
    isNull(exams.deletedAt),
    isNotNull(exams.scheduledDate),
    eq(exams.isActive, true),
  ];
  const close = windowCloseSql("exams");
  if (status === "scheduled") conditions.push(gt(exams.scheduledDate, now));
  if (status === "ongoing") {
    conditions.push(
      lte(exams.scheduledDate, now),
      sql`${close} > ${now.toISOString()}::timestamptz`,
    );
  }
  if (status === "concluded") conditions.push(sql`${close} <= ${now.toISOString()}::timestamptz`);
  return conditions;
}

export const isPublished = (exam: ExamRow) =>
  exam.deletedAt === null && exam.scheduledDate !== null && exam.isActive;

export function publicExamShape(exam: ExamRow, questionCount: number, now: Date) {
  const core = examCoreFields(exam, now);
  return {
    id: core.id,
    title: core.title,
    description: core.description,
    stage: core.stage,
    level: core.level,
    stage_display: core.stage_display,
    status: core.status as "scheduled" | "ongoing" | "concluded",
    scheduled_date: core.scheduled_date!,
    closes_at: windowClose(exam)!.toISOString(),
    countdown_minutes: core.countdown_minutes,
    open_duration_hours: core.open_duration_hours,
    question_count: questionCount,
  };
}
