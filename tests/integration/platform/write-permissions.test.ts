// Every write operation of the exams, question-bank, people and verification domains checks the
// permission itself, as its first line, not only at the route: pages, server actions and (soon) API keys with scopes and
// result tokens all reach the domain by other ways. A candidate, a volunteer and a caller with no
// person are refused before anything is read or written.
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { examQuestions, exams, questions, users, userVerifications } from "@/db/schema";
import type { Context } from "@/lib/context";
import { ApiError } from "@/lib/errors";
import { createExam } from "@/lib/exams/create-exam";
import { deleteExam } from "@/lib/exams/delete-exam";
import { duplicateExam } from "@/lib/exams/duplicate-exam";
import { recordManualScore } from "@/lib/scoring/record-manual-score";
import { updateExam } from "@/lib/exams/update-exam";
import { assignCandidateRole } from "@/lib/people/assign-candidate-role";
import { assignStaffRole } from "@/lib/people/assign-staff-role";
import { inviteStaff } from "@/lib/people/invite-staff";
import { reviewVerification } from "@/lib/verification/review-verification";
import { archiveQuestion } from "@/lib/questions/archive-question";
import { createQuestion } from "@/lib/questions/create-question";
import { importQuestions } from "@/lib/questions/import";
import { bulkAddToExams } from "@/lib/questions/bulk-add-to-exams";
import { bulkArchiveQuestions } from "@/lib/questions/bulk-archive-questions";
import { updateQuestionExams } from "@/lib/questions/update-question-exams";
import { updateQuestion } from "@/lib/questions/update-question";
import { contextAs, examWithQuestions, useAttemptsSuite } from "../attempts/support";

const suite = useAttemptsSuite();

// Inputs are loose on purpose: the permission is checked before the input is looked at.
const operations: [
  string,
  (ctx: Context, ids: { exam: number; question: number }) => Promise<unknown>,
][] = [
  ["createExam", (ctx) => createExam({ ctx, input: {} as never })],
  ["updateExam", (ctx, { exam }) => updateExam({ ctx, input: { id: exam } } as never)],
  ["deleteExam", (ctx, { exam }) => deleteExam({ ctx, input: { id: exam } })],
  ["duplicateExam", (ctx, { exam }) => duplicateExam({ ctx, input: { id: exam } })],
  [
    "recordManualScore",
    (ctx, { exam }) => recordManualScore({ ctx, input: { id: exam } } as never),
  ],
  ["createQuestion", (ctx) => createQuestion({ ctx, input: {} as never })],
  [
    "updateQuestion",
    (ctx, { question }) => updateQuestion({ ctx, input: { id: question } } as never),
  ],
  ["archiveQuestion", (ctx, { question }) => archiveQuestion({ ctx, input: { id: question } })],
  ["importQuestions", (ctx) => importQuestions({ ctx, input: { csv: "", commit: true } })],
  [
    "updateQuestionExams",
    (ctx, { question }) => updateQuestionExams({ ctx, input: { id: question } } as never),
  ],
  ["bulkAddToExams", (ctx) => bulkAddToExams({ ctx, input: {} as never })],
  ["bulkArchiveQuestions", (ctx) => bulkArchiveQuestions({ ctx, input: {} as never })],
];

// People and verification: the target of each write is a real, verified person, so only the
// permission stands between the caller and the change.
const peopleOperations: [
  string,
  (
    ctx: Context,
    ids: { candidate: string; staff: string; verification: string },
  ) => Promise<unknown>,
][] = [
  [
    "assignCandidateRole",
    (ctx, { candidate }) =>
      assignCandidateRole({ ctx, input: { candidateId: candidate, role: "league" } }),
  ],
  [
    "assignStaffRole",
    (ctx, { staff }) => assignStaffRole({ ctx, input: { staffId: staff, role: "admin" } }),
  ],
  [
    "inviteStaff",
    (ctx) =>
      inviteStaff({
        ctx,
        input: {
          email: "invited@example.com",
          first_name: "In",
          last_name: "Vited",
          role: "volunteer",
        } as never,
      }),
  ],
  [
    "reviewVerification",
    (ctx, { verification }) =>
      reviewVerification({ ctx, input: { verificationId: verification, isApproved: true } }),
  ],
];

async function counts() {
  const [[e], [q], [l]] = await Promise.all([
    suite.db.select({ n: count() }).from(exams),
    suite.db.select({ n: count() }).from(questions),
    suite.db.select({ n: count() }).from(examQuestions),
  ]);
  const people = await suite.db
    .select({ id: users.id, role: users.role, verified: users.isUserVerified })
    .from(users)
    .orderBy(users.id);
  const reviews = await suite.db
    .select({ id: userVerifications.id, status: userVerifications.status })
    .from(userVerifications)
    .orderBy(userVerifications.id);
  return { exams: e!.n, questions: q!.n, links: l!.n, people, reviews };
}

async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    return error instanceof ApiError ? error.status : error;
  }
  return "allowed";
}

describe("write operations check the permission themselves", () => {
  it.each(operations)(
    "%s refuses a candidate, a volunteer and no one, writing nothing",
    async (_, run) => {
      const made = await examWithQuestions(suite.db, 2);
      const ids = { exam: made.exam.id, question: made.questions[0]!.id };
      const candidate = await suite.candidate();
      const volunteer = await suite.candidate({ userType: "staff", role: "volunteer" });
      const before = await counts();

      expect(await refusal(() => run(contextAs(suite.db, candidate), ids))).toBe(403);
      expect(
        await refusal(() => run(contextAs(suite.db, { ...volunteer, userType: "staff" }), ids)),
      ).toBe(403);
      const nobody: Context = {
        ...contextAs(suite.db, candidate),
        actor: { user: null, apiKey: null, ip: "test", userAgent: null },
      };
      expect(await refusal(() => run(nobody, ids))).toBe(401);

      expect(await counts()).toEqual(before);
    },
  );
});

describe("people and verification writes check the permission themselves", () => {
  it.each(peopleOperations)(
    "%s refuses a candidate, a volunteer and no one, writing nothing",
    async (_, run) => {
      const candidate = await suite.candidate({ isUserVerified: true });
      const staff = await suite.candidate({
        userType: "staff",
        role: "moderator",
        isUserVerified: true,
      });
      const [verification] = await suite.db
        .insert(userVerifications)
        .values({ userId: candidate.id, status: "pending", submittedAt: new Date() })
        .returning({ id: userVerifications.id });
      const ids = { candidate: candidate.id, staff: staff.id, verification: verification!.id };
      const otherCandidate = await suite.candidate();
      const volunteer = await suite.candidate({ userType: "staff", role: "volunteer" });
      const before = await counts();

      expect(await refusal(() => run(contextAs(suite.db, otherCandidate), ids))).toBe(403);
      expect(
        await refusal(() => run(contextAs(suite.db, { ...volunteer, userType: "staff" }), ids)),
      ).toBe(403);
      const nobody: Context = {
        ...contextAs(suite.db, otherCandidate),
        actor: { user: null, apiKey: null, ip: "test", userAgent: null },
      };
      expect(await refusal(() => run(nobody, ids))).toBe(401);

      expect(await counts()).toEqual(before);
    },
  );
});
