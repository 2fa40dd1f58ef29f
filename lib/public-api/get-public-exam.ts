// GET /public/exams/{id}/ (assessments:read): one published exam; drafts, cancelled and deleted
// exams are 404 as unknown ones are.
import { eq } from "drizzle-orm";
import { exams } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { questionCounts } from "@/lib/exams/exam-parts";
import { isPublished, publicExamShape } from "./published-exams";

export async function loadPublishedExam(ctx: Context, id: number) {
  const [exam] = await ctx.db.select().from(exams).where(eq(exams.id, id));
  if (!exam || !isPublished(exam)) throw new NotFound("No published exam with this id.");
  return exam;
}

export async function getPublicExam({ ctx, input }: { ctx: Context; input: { id: number } }) {
  const exam = await loadPublishedExam(ctx, input.id);
  const counts = await questionCounts(ctx, [exam.id]);
  return publicExamShape(exam, counts.get(exam.id) ?? 0, ctx.clock.now());
}
