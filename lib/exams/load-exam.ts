// One exam by id, never a deleted one: every operation on an exam starts here.
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { exams } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { type ExamRow } from "./shape";

const byId = (id: number) => and(eq(exams.id, id), isNull(exams.deletedAt));

export async function loadExam(ctx: Context, id: number): Promise<ExamRow> {
  const [exam] = await ctx.db.select().from(exams).where(byId(id)).limit(1);
  if (!exam) throw new NotFound("Exam not found.");
  return exam;
}

/**
 * The exam locked FOR UPDATE in the caller's transaction, then checked: a conclude, an extension
 * and a candidate starting (who holds it FOR SHARE) wait for each other.
 */
export async function lockExam(tx: Executor, id: number): Promise<ExamRow> {
  const [exam] = await tx.select().from(exams).where(byId(id)).for("update");
  if (!exam) throw new NotFound("Exam not found.");
  return exam;
}
