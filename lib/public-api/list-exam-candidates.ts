// GET /public/exams/{id}/candidates/ (candidates:read): everyone invited to, taking or scored on a
// published exam, with where they stand; search by name or email.
import { and, asc, ilike, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import type { PageRequest } from "@/lib/http/pagination";
import { contains } from "@/lib/people/people-lists";
import { loadPublishedExam } from "./get-public-exam";
import { progressCount, progressFields, progressQuery } from "./progress";
import type { examCandidate, examCandidatesQuery } from "./schemas";

export function searchPeople(search: string | undefined): SQL | undefined {
  if (!search) return undefined;
  const term = contains(search);
  return or(ilike(users.email, term), ilike(users.firstName, term), ilike(users.lastName, term));
}

export async function listExamCandidates({
  ctx,
  input,
  page,
}: {
  ctx: Context;
  input: { id: number; query: z.output<typeof examCandidatesQuery> };
  page: PageRequest;
}): Promise<{ items: z.output<typeof examCandidate>[]; count: number }> {
  const exam = await loadPublishedExam(ctx, input.id);
  const where = and(searchPeople(input.query.search));
  const [rows, total] = await Promise.all([
    progressQuery(ctx, { examId: exam.id })
      .where(where)
      .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id))
      .limit(page.pageSize)
      .offset(page.offset),
    progressCount(ctx, { examId: exam.id }, where),
  ]);
  return {
    items: rows.map((row) => ({
      candidate_id: row.candidateId,
      email: row.email,
      first_name: row.firstName,
      last_name: row.lastName,
      ...progressFields(row),
    })),
    count: total,
  };
}
