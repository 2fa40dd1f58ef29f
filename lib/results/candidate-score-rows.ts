// Every score of one candidate with its exam and who entered it, newest first: the one query
// behind a candidate's records for staff (detail, scores, exam history).
import { aliasedTable, desc, eq } from "drizzle-orm";
import { exams, examScores, users } from "@/db/schema";
import type { Context } from "@/lib/context";

const submitter = aliasedTable(users, "score_submitter");

export async function candidateScoreRows(ctx: Context, candidateId: string) {
  return ctx.db
    .select({
      score: examScores,
      exam: exams,
      submitter: { first: submitter.firstName, last: submitter.lastName },
    })
    .from(examScores)
    .innerJoin(exams, eq(exams.id, examScores.examId))
    .leftJoin(submitter, eq(submitter.id, examScores.submittedById))
    .where(eq(examScores.candidateId, candidateId))
    .orderBy(desc(examScores.recordedAt), desc(examScores.id));
}
