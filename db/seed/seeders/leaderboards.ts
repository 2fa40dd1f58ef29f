// A published leaderboard for the demo: "League round 1 — last week", taken by the league demo
// candidate and ten league competitors, with a tie the rule separates by time used and one it
// cannot (same score and time: a shared rank, listed by submission), plus the concluded screening
// exam's board from the exams seeder. A warm-up round a week earlier gives the same people a score
// history for their dashboards' charts. Published once at the end, as an admin would.
import { and, eq, inArray } from "drizzle-orm";
import {
  attemptAnswers,
  examAttempts,
  examQuestions,
  exams,
  examScores,
  questions,
  users,
} from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password/passwords";
import { publishLeaderboard } from "@/lib/leaderboards/publish-leaderboard";
import { scoreAttempt } from "@/lib/scoring/score-attempt";
import type { Seeder } from "../seeder";
import { bank } from "./exams";
import { demoPassword } from "./people";

const hour = 3_600_000;
const minute = 60_000;

// [first name, last name, school, correct answers of 10, minutes used]
const competitors: [string, string, string, number, number][] = [
  ["Chioma", "Okafor", "Crescent Secondary School", 10, 19],
  ["Kunle", "Adeyemi", "Unity College", 9, 12],
  ["Ngozi", "Eze", "Bright Future Academy", 8, 11],
  ["Tunde", "Bakare", "Hilltop Academy", 8, 14],
  ["Amaka", "Obi", "Riverside High School", 7, 10],
  ["Ibrahim", "Sani", "Northgate College", 7, 16],
  ["Funmi", "Ajayi", "Unity College", 6, 9],
  ["Emeka", "Nnadi", "Crescent Secondary School", 6, 9],
  ["Halima", "Garba", "Northgate College", 5, 18],
  ["Yemi", "Alade", "Bright Future Academy", 4, 7],
];

export const leaderboardsSeeder: Seeder = {
  name: "leaderboards",
  async run({ ctx }) {
    const now = ctx.clock.now();
    const texts = bank.slice(10, 20).map(([text]) => text);
    const bankRows = await ctx.db
      .select({ id: questions.id, text: questions.text, correct: questions.correctAnswer })
      .from(questions)
      .where(and(inArray(questions.text, texts), eq(questions.isArchived, false)));
    const round = texts
      .map((text) => bankRows.find((row) => row.text === text))
      .filter((row) => row !== undefined);
    if (round.length === 0) return [];
    const staff = await ctx.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, ["admin@demo.example.com", "league.candidate@demo.example.com"]));
    const adminId = staff.find((row) => row.email === "admin@demo.example.com")?.id ?? null;
    const leagueDemoId = staff.find((row) => row.email === "league.candidate@demo.example.com")?.id;

    const passwordHash = await hashPassword(demoPassword);
    const people = await ctx.db
      .insert(users)
      .values(
        competitors.map(([firstName, lastName, school], index) => ({
          email: `competitor${String(index + 1).padStart(2, "0")}@demo.example.com`,
          firstName,
          lastName,
          school,
          userType: "candidate" as const,
          role: "league",
          passwordHash,
          isEmailVerified: true,
          emailVerifiedAt: now,
          isUserVerified: true,
          registrationSource: "seed" as const,
        })),
      )
      .returning({ id: users.id });

    // A round: the exam, its questions, and each taker's attempt (the first `correct` answers
    // right), scored as the platform scores, recorded when it was submitted.
    const wrong = (option: string) => (option === "A" ? "B" : "A");
    const seedRound = async (
      title: string,
      description: string,
      opens: Date,
      takers: [string, number, number][],
    ) => {
      const [exam] = await ctx.db
        .insert(exams)
        .values({
          title,
          stage: "league",
          level: 1,
          description,
          scheduledDate: opens,
          countdownMinutes: 20,
          openDurationHours: 48,
          isActive: true,
          createdById: adminId,
          updatedById: adminId,
        })
        .returning({ id: exams.id });
      await ctx.db.insert(examQuestions).values(
        round.map((question, position) => ({
          examId: exam!.id,
          questionId: question.id,
          position,
        })),
      );
      for (const [index, [candidateId, correct, minutes]] of takers.entries()) {
        const startedAt = new Date(opens.getTime() + hour + index * 7 * minute);
        const submittedAt = new Date(startedAt.getTime() + minutes * minute);
        const [attempt] = await ctx.db
          .insert(examAttempts)
          .values({
            examId: exam!.id,
            candidateId,
            startedAt,
            deadline: new Date(startedAt.getTime() + 20 * minute),
            submittedAt,
            submissionKind: "candidate",
          })
          .returning({ id: examAttempts.id });
        await ctx.db.insert(attemptAnswers).values(
          round.map((question, position) => ({
            attemptId: attempt!.id,
            questionId: question.id,
            selectedOption: position < correct ? question.correct : wrong(question.correct),
            seq: 1,
            savedAt: new Date(startedAt.getTime() + ((position + 1) * minutes * minute) / 11),
          })),
        );
        await scoreAttempt({ ctx, input: { attemptId: attempt!.id } });
        await ctx.db
          .update(examScores)
          .set({ recordedAt: submittedAt, updatedAt: submittedAt })
          .where(and(eq(examScores.examId, exam!.id), eq(examScores.candidateId, candidateId)));
      }
    };

    // Two weeks ago, a warm-up round (its board is kept in the snapshot but not shown: the later
    // round of the same stage and level is), so the candidates' charts have a history.
    await seedRound(
      "League warm-up — two weeks ago",
      "Demo exam: a league warm-up round, concluded before round 1.",
      new Date(now.getTime() - 16 * 24 * hour),
      [
        ...(leagueDemoId ? ([[leagueDemoId, 7, 15]] as [string, number, number][]) : []),
        ...competitors.map(
          ([, , , correct, minutes], index) =>
            [people[index]!.id, Math.max(2, correct - 1 + (index % 3)), minutes + 2] as [
              string,
              number,
              number,
            ],
        ),
      ],
    );
    // Last week, round 1: the league demo candidate ties Tunde on score and time (a shared rank)
    // and submits first.
    await seedRound(
      "League round 1 — last week",
      "Demo exam: the first league round, concluded and published.",
      new Date(now.getTime() - 8 * 24 * hour),
      [
        ...(leagueDemoId ? ([[leagueDemoId, 8, 14]] as [string, number, number][]) : []),
        ...competitors.map(
          ([, , , correct, minutes], index) =>
            [people[index]!.id, correct, minutes] as [string, number, number],
        ),
      ],
    );

    await publishLeaderboard({ ctx, input: { requestedById: adminId } });
    return [];
  },
};
