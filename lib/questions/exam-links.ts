// What linking questions to exams shares (update-question-exams, bulk-add-to-exams,
// bulk-archive-questions). Decision: a question is never added to or removed from an exam that has
// started (ongoing or concluded): that would change candidates' denominators mid-exam or after
// scoring. Such exams fail with reason "Exam has started". Drafts, scheduled and cancelled exams
// may be changed.
import { examQuestions, exams } from "@/db/schema";
import type { Context } from "@/lib/context";
import { examStatus } from "@/lib/exams/status";
import { and, eq, inArray, isNull, max } from "drizzle-orm";

export type ExamRow = typeof exams.$inferSelect;
export type Tx = Context["db"];

export const unique = (ids: number[]) => [...new Set(ids)];

export async function liveExams(db: Tx, ids: number[]) {
  if (ids.length === 0) return new Map<number, ExamRow>();
  const rows = await db
    .select()
    .from(exams)
    .where(and(inArray(exams.id, ids), isNull(exams.deletedAt)));
  return new Map(rows.map((row) => [row.id, row]));
}

export const hasStarted = (exam: ExamRow, now: Date) => {
  const status = examStatus(exam, now);
  return status === "ongoing" || status === "concluded";
};

/** Links already present, as "examId:questionId" keys. */
export async function existingLinks(db: Tx, examIds: number[], questionIds: number[]) {
  if (examIds.length === 0 || questionIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ examId: examQuestions.examId, questionId: examQuestions.questionId })
    .from(examQuestions)
    .where(
      and(inArray(examQuestions.examId, examIds), inArray(examQuestions.questionId, questionIds)),
    );
  return new Set(rows.map((row) => `${row.examId}:${row.questionId}`));
}

/** Append questions to an exam, after its current last position. */
export async function appendToExam(db: Tx, examId: number, questionIds: number[], now: Date) {
  if (questionIds.length === 0) return;
  const [last] = await db
    .select({ value: max(examQuestions.position) })
    .from(examQuestions)
    .where(eq(examQuestions.examId, examId));
  const start = (last?.value ?? 0) + 1;
  // A link made concurrently by someone else is left as it is rather than failing the request.
  await db
    .insert(examQuestions)
    .values(
      questionIds.map((questionId, index) => ({
        examId,
        questionId,
        position: start + index,
        addedAt: now,
      })),
    )
    .onConflictDoNothing();
}
