// POST /questions/{id}/exams/: add one question to some exams and remove it from others; exams that
// have started are refused (lib/questions/exam-links.ts).
import { examQuestions } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { appendToExam, existingLinks, hasStarted, liveExams, unique } from "./exam-links";
import { loadQuestion } from "./question-items";
import type { questionExamsResult } from "./schemas";

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
