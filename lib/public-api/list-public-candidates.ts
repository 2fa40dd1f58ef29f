// GET /public/candidates/ and /public/candidates/{id}/ (candidates:read): candidates with every
// exam they are tied to (invitation, attempt, score). Search by name or email; `exam_id` keeps
// those tied to that exam (none when that exam is not published). Staff accounts are never
// listed; another id is a 404.
import { and, asc, eq, exists, isNull, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { examAttempts, examInvitations, exams, examScores, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { pageOf } from "@/lib/people/people-lists";
import { searchPeople } from "./list-exam-candidates";
import { progressFields, progressQuery, type ProgressRow } from "./progress";
import { publishedExamConditions } from "./published-exams";
import type { candidatesQuery, publicCandidate } from "./schemas";

type Candidate = z.output<typeof publicCandidate>;

const candidateColumns = {
  id: users.id,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  role: users.role,
  isEmailVerified: users.isEmailVerified,
  dateJoined: users.dateJoined,
};

/** Candidates with an invitation, attempt or score on this exam, if integrators may see it. */
function tiedTo(ctx: Context, examId: number): SQL {
  const published = exists(
    ctx.db
      .select({ one: exams.id })
      .from(exams)
      .where(and(eq(exams.id, examId), ...publishedExamConditions(ctx.clock.now()))),
  );
  const tie = (table: typeof examInvitations | typeof examAttempts | typeof examScores) => {
    const person = "userId" in table ? table.userId : table.candidateId;
    return exists(
      ctx.db
        .select({ one: table.examId })
        .from(table)
        .where(and(eq(table.examId, examId), eq(person, users.id))),
    );
  };
  return and(published, or(tie(examInvitations), tie(examAttempts), tie(examScores)))!;
}

export async function listPublicCandidates({
  ctx,
  query,
}: {
  ctx: Context;
  query: z.output<typeof candidatesQuery>;
}): Promise<{ items: Candidate[]; count: number }> {
  const where = and(
    eq(users.userType, "candidate"),
    isNull(users.deletedAt),
    searchPeople(query.search),
    query.exam_id === undefined ? undefined : tiedTo(ctx, query.exam_id),
  );
  const { rows, count: total } = await pageOf(ctx, where, query);
  return { items: await withExams(ctx, rows), count: total };
}

export async function getPublicCandidate({ ctx, input }: { ctx: Context; input: { id: string } }) {
  const rows = await ctx.db
    .select(candidateColumns)
    .from(users)
    .where(and(eq(users.id, input.id), eq(users.userType, "candidate"), isNull(users.deletedAt)));
  if (rows.length === 0) throw new NotFound("No candidate with this id.");
  const [candidate] = await withExams(ctx, rows);
  return candidate!;
}

async function withExams(
  ctx: Context,
  rows: Array<Pick<typeof users.$inferSelect, keyof typeof candidateColumns>>,
): Promise<Candidate[]> {
  const progress: ProgressRow[] =
    rows.length === 0
      ? []
      : await progressQuery(ctx, { candidateIds: rows.map((row) => row.id) }).orderBy(
          asc(examAttempts.startedAt),
        );
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    first_name: row.firstName,
    last_name: row.lastName,
    role: row.role,
    is_email_verified: row.isEmailVerified,
    date_joined: row.dateJoined.toISOString(),
    exams: progress
      .filter((entry) => entry.candidateId === row.id)
      .sort((a, b) => a.examId - b.examId)
      .map((entry) => ({
        exam_id: entry.examId,
        exam_title: entry.examTitle,
        ...progressFields(entry),
      })),
  }));
}
