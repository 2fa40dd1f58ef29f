// Every score of one candidate with its exam and who entered it, newest first: the one query
// behind a candidate's records for staff (detail, scores, exam history) and their dashboard,
// prepared once per database (db/prepared.ts).
import { aliasedTable, desc, eq, sql } from "drizzle-orm";
import { preparedPerDatabase } from "@/db/prepared";
import { exams, examScores, users } from "@/db/schema";
import type { Context } from "@/lib/context";

const submitter = aliasedTable(users, "score_submitter");

const scoreRows = preparedPerDatabase((db) =>
  db
    .select({
      score: examScores,
      exam: exams,
      submitter: { first: submitter.firstName, last: submitter.lastName },
    })
    .from(examScores)
    .innerJoin(exams, eq(exams.id, examScores.examId))
    .leftJoin(submitter, eq(submitter.id, examScores.submittedById))
    .where(eq(examScores.candidateId, sql.placeholder("candidateId")))
    .orderBy(desc(examScores.recordedAt), desc(examScores.id))
    .prepare("candidate_score_rows"),
);

export async function candidateScoreRows(ctx: Context, candidateId: string) {
  return scoreRows(ctx.db).execute({ candidateId });
}
