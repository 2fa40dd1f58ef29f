// One exam by id, never a deleted one: every operation on an exam starts here.
import { and, eq, isNull } from "drizzle-orm";
import { exams } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { type ExamRow } from "./shape";

export async function loadExam(ctx: Context, id: number): Promise<ExamRow> {
  const [exam] = await ctx.db
    .select()
    .from(exams)
    .where(and(eq(exams.id, id), isNull(exams.deletedAt)))
    .limit(1);
  if (!exam) throw new NotFound("Exam not found.");
  return exam;
}
