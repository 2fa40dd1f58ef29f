// Linking questions to exams (one question to many exams, many to many) and bulk archiving.
// Decision: a question is never added to or removed from an exam that has started (ongoing or
// concluded): that would change candidates' denominators mid-exam or after scoring. Such exams
// fail with reason "Exam has started". Drafts, scheduled and cancelled exams may be changed.
import { and, eq, inArray, isNull, max } from "drizzle-orm";
import type { z } from "zod";
import { examQuestions, exams, questions } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { examStatus } from "@/lib/exams/status";
import type { bulkAddResult, bulkArchiveResult, questionExamsResult } from "./schemas";
import { archiveQuestions } from "./archive-question";
import { loadQuestion } from "./question-items";

type ExamRow = typeof exams.$inferSelect;
type Tx = Context["db"];

const unique = (ids: number[]) => [...new Set(ids)];

async function liveExams(db: Tx, ids: number[]) {
  if (ids.length === 0) return new Map<number, ExamRow>();
  const rows = await db
    .select()
    .from(exams)
    .where(and(inArray(exams.id, ids), isNull(exams.deletedAt)));
  return new Map(rows.map((row) => [row.id, row]));
}

const hasStarted = (exam: ExamRow, now: Date) => {
  const status = examStatus(exam, now);
  return status === "ongoing" || status === "concluded";
};

/** Links already present, as "examId:questionId" keys. */
async function existingLinks(db: Tx, examIds: number[], questionIds: number[]) {
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
async function appendToExam(db: Tx, examId: number, questionIds: number[], now: Date) {
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

export async function updateQuestionExams({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number; add: number[]; remove: number[] };
}): Promise<z.output<typeof questionExamsResult>> {
  requirePermission(ctx, "questions:link-exams");
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const question = await loadQuestion({ ...ctx, db: tx }, input.id);
    const add = unique(input.add);
    const remove = unique(input.remove);
    const found = await liveExams(tx, [...add, ...remove]);
    const linked = await existingLinks(tx, [...found.keys()], [question.id]);
    const result: z.output<typeof questionExamsResult> = {
      question_id: question.id,
      added: [],
      removed: [],
      failed_additions: [],
      failed_removals: [],
    };
    for (const examId of add) {
      const exam = found.get(examId);
      if (!exam) result.failed_additions.push({ exam_id: examId, reason: "Exam not found" });
      else if (linked.has(`${examId}:${question.id}`))
        result.failed_additions.push({ exam_id: examId, reason: "Already in exam" });
      else if (hasStarted(exam, now))
        result.failed_additions.push({ exam_id: examId, reason: "Exam has started" });
      else {
        await appendToExam(tx, examId, [question.id], now);
        result.added.push({ exam_id: examId, exam_title: exam.title });
      }
    }
    for (const examId of remove) {
      const exam = found.get(examId);
      if (!exam) result.failed_removals.push({ exam_id: examId, reason: "Exam not found" });
      else if (!linked.has(`${examId}:${question.id}`))
        result.failed_removals.push({ exam_id: examId, reason: "Not in exam" });
      else if (hasStarted(exam, now))
        result.failed_removals.push({ exam_id: examId, reason: "Exam has started" });
      else {
        await tx
          .delete(examQuestions)
          .where(and(eq(examQuestions.examId, examId), eq(examQuestions.questionId, question.id)));
        result.removed.push({ exam_id: examId, exam_title: exam.title });
      }
    }
    return result;
  });
}

/**
 * Every (question, exam) pair: total_operations = questions × exams (ids deduplicated);
 * successful = added, skipped = already linked, failed = pairs whose question or exam failed.
 */
export async function bulkAddToExams({
  ctx,
  input,
}: {
  ctx: Context;
  input: { questionIds: number[]; examIds: number[] };
}): Promise<z.output<typeof bulkAddResult>> {
  requirePermission(ctx, "questions:link-exams");
  const now = ctx.clock.now();
  const questionIds = unique(input.questionIds);
  const examIds = unique(input.examIds);
  return ctx.db.transaction(async (tx) => {
    const liveQuestions = new Set(
      (
        await tx
          .select({ id: questions.id })
          .from(questions)
          .where(and(inArray(questions.id, questionIds), eq(questions.isArchived, false)))
      ).map((row) => row.id),
    );
    const found = await liveExams(tx, examIds);
    const details: z.output<typeof bulkAddResult>["details"] = {
      added: [],
      skipped: [],
      failed_questions: [],
      failed_exams: [],
    };
    for (const id of questionIds)
      if (!liveQuestions.has(id))
        details.failed_questions.push({
          question_id: id,
          reason: "Question not found or archived",
        });
    const usableExams: ExamRow[] = [];
    for (const id of examIds) {
      const exam = found.get(id);
      if (!exam) details.failed_exams.push({ exam_id: id, reason: "Exam not found" });
      else if (hasStarted(exam, now))
        details.failed_exams.push({ exam_id: id, reason: "Exam has started" });
      else usableExams.push(exam);
    }
    const usableQuestions = questionIds.filter((id) => liveQuestions.has(id));
    const linked = await existingLinks(
      tx,
      usableExams.map((exam) => exam.id),
      usableQuestions,
    );
    for (const exam of usableExams) {
      const toAdd: number[] = [];
      for (const questionId of usableQuestions) {
        if (linked.has(`${exam.id}:${questionId}`)) {
          details.skipped.push({
            question_id: questionId,
            exam_id: exam.id,
            exam_title: exam.title,
            reason: "Already exists",
          });
        } else {
          toAdd.push(questionId);
          details.added.push({ question_id: questionId, exam_id: exam.id, exam_title: exam.title });
        }
      }
      await appendToExam(tx, exam.id, toAdd, now);
    }
    const total = questionIds.length * examIds.length;
    return {
      summary: {
        total_operations: total,
        successful: details.added.length,
        skipped: details.skipped.length,
        failed: total - details.added.length - details.skipped.length,
      },
      details,
    };
  });
}

export async function bulkArchiveQuestions({
  ctx,
  input,
}: {
  ctx: Context;
  input: { questionIds: number[] };
}): Promise<z.output<typeof bulkArchiveResult>> {
  requirePermission(ctx, "questions:link-exams");
  const ids = unique(input.questionIds);
  const archived = await archiveQuestions(ctx, ids);
  const failed = ids
    .filter((id) => !archived.has(id))
    .map((id) => ({ question_id: id, reason: "Question not found or already archived" }));
  return {
    summary: {
      total_questions: ids.length,
      successful_archives: archived.size,
      failed_archives: failed.length,
    },
    details: { archived: ids.filter((id) => archived.has(id)), failed },
  };
}
