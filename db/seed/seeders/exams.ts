// Demo exams: a question bank of real multiple-choice questions written by the moderator, and an
// exam in every status relative to the seed time — a draft, a scheduled screening exam, ongoing
// screening and league exams the demo candidates can take now, a concluded screening exam with
// real (scored) attempts and one manual score, and a cancelled exam.
import { inArray } from "drizzle-orm";
import {
  attemptAnswers,
  examAttempts,
  examQuestions,
  exams,
  examScores,
  questions,
  users,
} from "@/db/schema";
import { scoreAttempt } from "@/lib/scoring/score-attempt";
import type { Seeder } from "../seeder";

type Option = "A" | "B" | "C" | "D";
type Difficulty = "easy" | "moderate" | "hard";
// [text, A, B, C, D, correct, difficulty]
export const bank: [string, string, string, string, string, Option, Difficulty][] = [
  ["What is 7 × 8?", "54", "56", "64", "48", "B", "easy"],
  ["What is 15% of 200?", "15", "20", "30", "35", "C", "easy"],
  ["Which of these is a prime number?", "21", "27", "29", "33", "C", "easy"],
  ["What is the square root of 144?", "12", "14", "11", "16", "A", "easy"],
  ["Simplify 3/4 + 1/8.", "4/12", "7/8", "1", "5/8", "B", "easy"],
  ["How many sides has a hexagon?", "5", "7", "8", "6", "D", "easy"],
  ["What is the capital city of Nigeria?", "Lagos", "Abuja", "Kano", "Ibadan", "B", "easy"],
  ["Which planet is closest to the Sun?", "Venus", "Earth", "Mercury", "Mars", "C", "easy"],
  ["What is the chemical symbol for water?", "H2O", "CO2", "O2", "NaCl", "A", "easy"],
  ["How many minutes are in 3.5 hours?", "180", "200", "210", "240", "C", "easy"],
  ["Solve for x: 2x + 6 = 20.", "5", "7", "8", "13", "B", "moderate"],
  [
    "What is the sum of the interior angles of a triangle?",
    "90°",
    "180°",
    "270°",
    "360°",
    "B",
    "moderate",
  ],
  ["What is 2 to the power of 10?", "512", "1000", "1024", "2048", "C", "moderate"],
  ["The mean of 4, 8, 10 and 18 is:", "8", "9", "10", "12", "C", "moderate"],
  [
    "What is the area of a circle of radius 7 (use π ≈ 22/7)?",
    "44",
    "154",
    "144",
    "49",
    "B",
    "moderate",
  ],
  [
    "Which gas do plants absorb for photosynthesis?",
    "Oxygen",
    "Nitrogen",
    "Carbon dioxide",
    "Hydrogen",
    "C",
    "moderate",
  ],
  [
    "Who wrote the novel 'Things Fall Apart'?",
    "Wole Soyinka",
    "Chinua Achebe",
    "Chimamanda Adichie",
    "Ben Okri",
    "B",
    "moderate",
  ],
  ["What is 0.25 written as a fraction?", "1/4", "1/5", "2/5", "1/3", "A", "moderate"],
  [
    "A car travels 150 km in 2.5 hours. Its average speed is:",
    "50 km/h",
    "55 km/h",
    "60 km/h",
    "75 km/h",
    "C",
    "moderate",
  ],
  ["What is the least common multiple of 6 and 8?", "12", "16", "24", "48", "C", "moderate"],
  ["Factorise x² − 9.", "(x − 3)²", "(x + 3)(x − 3)", "(x − 9)(x + 1)", "x(x − 9)", "B", "hard"],
  ["What is log₁₀(1000)?", "2", "3", "10", "100", "B", "hard"],
  [
    "How many ways can 4 different books be arranged on a shelf?",
    "4",
    "12",
    "16",
    "24",
    "D",
    "hard",
  ],
  ["If f(x) = 3x² − 2, what is f(−2)?", "−14", "10", "14", "−10", "B", "hard"],
  [
    "What is the probability of rolling a sum of 7 with two fair dice?",
    "1/12",
    "1/6",
    "1/36",
    "7/36",
    "B",
    "hard",
  ],
  ["The next number in 2, 6, 12, 20, 30, … is:", "40", "42", "44", "36", "B", "hard"],
  ["What is the derivative of x³?", "x²", "3x", "3x²", "x³/3", "C", "hard"],
  [
    "Solve: x² − 5x + 6 = 0. The roots are:",
    "1 and 6",
    "2 and 3",
    "−2 and −3",
    "−1 and 6",
    "B",
    "hard",
  ],
  ["What is the sum of the first 20 positive integers?", "190", "200", "210", "220", "C", "hard"],
  ["A right triangle has legs 5 and 12. Its hypotenuse is:", "13", "15", "17", "11", "A", "hard"],
];

const hour = 3_600_000;

export const examsSeeder: Seeder = {
  name: "exams",
  async run({ ctx }) {
    const now = ctx.clock.now();
    const at = (hours: number) => new Date(now.getTime() + hours * hour);
    const people = await ctx.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(users.email, [
          "moderator@demo.example.com",
          "admin@demo.example.com",
          "screening.candidate@demo.example.com",
          "league.candidate@demo.example.com",
          "approved.candidate2@demo.example.com",
          "pending.candidate@demo.example.com",
        ]),
      );
    const idOf = (email: string) => people.find((person) => person.email === email)?.id ?? null;
    const moderatorId = idOf("moderator@demo.example.com");
    const adminId = idOf("admin@demo.example.com");

    const bankRows = await ctx.db
      .insert(questions)
      .values(
        bank.map(([text, optionA, optionB, optionC, optionD, correctAnswer, difficulty]) => ({
          text,
          optionA,
          optionB,
          optionC,
          optionD,
          correctAnswer,
          difficulty,
          createdById: moderatorId,
          updatedById: moderatorId,
        })),
      )
      .returning({ id: questions.id, correctAnswer: questions.correctAnswer });
    const pick = (from: number, n: number) => bankRows.slice(from, from + n);

    const examSpecs = [
      {
        key: "draft",
        title: "Final round practice (draft)",
        stage: "final",
        scheduledDate: null,
        countdownMinutes: 45,
        openDurationHours: 24,
        isActive: true,
        from: 20,
        n: 10,
      },
      {
        key: "scheduled",
        title: "Screening exam — next session",
        stage: "screening",
        scheduledDate: at(2),
        countdownMinutes: 30,
        openDurationHours: 24,
        isActive: true,
        from: 5,
        n: 10,
      },
      {
        key: "ongoing",
        title: "Screening exam — open now",
        stage: "screening",
        scheduledDate: at(-1),
        countdownMinutes: 20,
        openDurationHours: 48,
        isActive: true,
        from: 0,
        n: 10,
      },
      {
        key: "league",
        title: "League exam — open now",
        stage: "league",
        scheduledDate: at(-1),
        countdownMinutes: 30,
        openDurationHours: 48,
        isActive: true,
        from: 10,
        n: 10,
      },
      {
        key: "concluded",
        title: "Screening exam — last month",
        stage: "screening",
        scheduledDate: at(-24 * 30),
        countdownMinutes: 20,
        openDurationHours: 24,
        isActive: true,
        from: 0,
        n: 10,
      },
      {
        key: "cancelled",
        title: "League exam — cancelled",
        stage: "league",
        scheduledDate: at(24 * 3),
        countdownMinutes: 30,
        openDurationHours: 24,
        isActive: false,
        from: 15,
        n: 10,
      },
    ] as const;
    const examRows = await ctx.db
      .insert(exams)
      .values(
        examSpecs.map(({ key: _key, from: _from, n: _n, ...spec }) => ({
          ...spec,
          description: `Demo exam: ${spec.title}.`,
          createdById: adminId,
          updatedById: adminId,
        })),
      )
      .returning({ id: exams.id });
    const examId = (key: (typeof examSpecs)[number]["key"]) =>
      examRows[examSpecs.findIndex((spec) => spec.key === key)]!.id;
    await ctx.db.insert(examQuestions).values(
      examSpecs.flatMap((spec, index) =>
        pick(spec.from, spec.n).map((question, position) => ({
          examId: examRows[index]!.id,
          questionId: question.id,
          position,
        })),
      ),
    );

    // The concluded exam: real attempts (scored from their answers) and one manual score.
    const concluded = examSpecs.find((spec) => spec.key === "concluded")!;
    const concludedQuestions = pick(concluded.from, concluded.n);
    const wrong = (option: Option): Option => (option === "A" ? "B" : "A");
    const takers = [
      ["screening.candidate@demo.example.com", 8],
      ["approved.candidate2@demo.example.com", 6],
      ["pending.candidate@demo.example.com", 9],
    ] as const;
    const opened = concluded.scheduledDate.getTime();
    for (const [index, [email, correct]] of takers.entries()) {
      const candidateId = idOf(email);
      if (!candidateId) continue;
      const startedAt = new Date(opened + (index + 1) * hour);
      const [attempt] = await ctx.db
        .insert(examAttempts)
        .values({
          examId: examId("concluded"),
          candidateId,
          startedAt,
          deadline: new Date(startedAt.getTime() + concluded.countdownMinutes * 60_000),
          submittedAt: new Date(startedAt.getTime() + 15 * 60_000),
          submissionKind: "candidate",
        })
        .returning({ id: examAttempts.id });
      await ctx.db.insert(attemptAnswers).values(
        concludedQuestions.map((question, position) => ({
          attemptId: attempt!.id,
          questionId: question.id,
          selectedOption:
            position < correct ? question.correctAnswer : wrong(question.correctAnswer),
          seq: 1,
          savedAt: new Date(startedAt.getTime() + (position + 1) * 60_000),
        })),
      );
      await scoreAttempt({ ctx, input: { attemptId: attempt!.id } });
    }
    const leagueCandidateId = idOf("league.candidate@demo.example.com");
    if (leagueCandidateId) {
      await ctx.db.insert(examScores).values({
        examId: examId("concluded"),
        candidateId: leagueCandidateId,
        score: 85,
        autoScore: false,
        submittedById: adminId,
        recordedAt: new Date(opened + 30 * hour),
        updatedAt: new Date(opened + 30 * hour),
      });
    }
    return [];
  },
};
