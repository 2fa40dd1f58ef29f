// POST /questions/bulk-add-to-exams/: many questions into many exams, pair by pair; exams that have
// started are refused (lib/questions/exam-links.ts).
import { questions } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { appendToExam, ExamRow, existingLinks, hasStarted, liveExams, unique } from "./exam-links";
import type { bulkAddResult } from "./schemas";

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
