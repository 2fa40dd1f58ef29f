// Demo data for item analysis (issue 16): two concluded exams taken by a few hundred generated
// candidates, so the Analysis tab and the competition analytics have something to say.
//
// - "Screening exam — spring round": 300 candidates, 20 questions from the bank plus one
//   deliberately flawed question — its recorded key is wrong (the ocean question keyed "Indian";
//   the Pacific is right), so strong candidates pick a "distractor" and the analysis flags it.
// - "League qualifier": the top 30 % of the spring round, promoted to league, on 15 other questions.
//
// Answers follow a two-parameter logistic model (each candidate an ability, each question a
// difficulty and a discrimination), from a fixed seed so every demo database is alike. Wrong
// answers spread unevenly over the distractors, a few are left blank, some attempts ran out of
// time. Scores are written as scoring writes them (lib/scoring/score-attempt.ts) but without its
// events: no notification or webhook goes to people who do not exist.
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
import { percentScore, timeUsedSeconds } from "@/lib/scoring/score-attempt";
import type { Seeder } from "../seeder";
import { bank } from "./exams";

type Option = "A" | "B" | "C" | "D";
const options: Option[] = ["A", "B", "C", "D"];
const hour = 3_600_000;
const day = 24 * hour;

/** Mulberry32: a small, fast, seeded generator (the demo must be the same every time). */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const normal = () => {
    const u = Math.max(next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return { next, normal };
}

const firstNames = [
  "Amaka",
  "Tunde",
  "Chidi",
  "Ngozi",
  "Bola",
  "Emeka",
  "Funmi",
  "Ibrahim",
  "Kemi",
  "Musa",
  "Nneka",
  "Obinna",
  "Sade",
  "Yusuf",
  "Zainab",
  "Adaeze",
  "Femi",
  "Halima",
  "Ifeanyi",
  "Jide",
  "Kunle",
  "Lola",
  "Maryam",
  "Nkechi",
  "Olu",
  "Seun",
  "Temi",
  "Uche",
  "Victor",
  "Yemi",
];
const lastNames = [
  "Adeyemi",
  "Okafor",
  "Bello",
  "Eze",
  "Abubakar",
  "Okonkwo",
  "Balogun",
  "Nwosu",
  "Lawal",
  "Chukwu",
  "Danjuma",
  "Ogunleye",
  "Ibe",
  "Suleiman",
  "Afolabi",
  "Nnamdi",
  "Oyelaran",
  "Usman",
];
const schools = [
  "Kings College, Lagos",
  "Federal Government College, Kano",
  "Queens College, Yaba",
  "Loyola College, Ibadan",
  "Christ the King College, Onitsha",
  "Government Secondary School, Garki",
];

type Item = {
  id: number;
  key: Option;
  /** The option that is really right: the key, except for the flawed question. */
  truth: Option;
  difficulty: number;
  discrimination: number;
  /** Relative pull of each wrong option (0: nobody picks it). */
  pull: Record<Option, number>;
};

const difficultyOf = { easy: -1.3, moderate: 0, hard: 1.1 } as const;

export const flawedQuestion = {
  text: "Which is the largest ocean on Earth?",
  optionA: "Atlantic Ocean",
  optionB: "Pacific Ocean",
  optionC: "Indian Ocean",
  optionD: "Arctic Ocean",
  // Deliberately mis-keyed for the demo: the Pacific (B) is right.
  correctAnswer: "C" as Option,
  difficulty: "easy" as const,
};

export const analysisExamTitles = {
  screening: "Screening exam — spring round",
  league: "League qualifier",
} as const;

export const itemAnalysisSeeder: Seeder = {
  name: "item-analysis",
  async run({ ctx }) {
    const random = generator(20_261_205);
    const now = ctx.clock.now().getTime();
    const staff = await ctx.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, ["admin@demo.example.com", "moderator@demo.example.com"]));
    const adminId = staff.find((row) => row.email.startsWith("admin@"))?.id ?? null;
    const moderatorId = staff.find((row) => row.email.startsWith("moderator@"))?.id ?? null;

    const bankRows = await ctx.db
      .select({
        id: questions.id,
        text: questions.text,
        key: questions.correctAnswer,
        difficulty: questions.difficulty,
      })
      .from(questions)
      .where(
        inArray(
          questions.text,
          bank.map(([text]) => text),
        ),
      );
    const byText = new Map(bankRows.map((row) => [row.text, row]));
    const fromBank = bank.flatMap(([text]) => (byText.has(text) ? [byText.get(text)!] : []));
    // The bank's 30 questions, 10 of each difficulty (a bank edited since is left alone).
    if (fromBank.length < 30) return [];

    const [flawed] = await ctx.db
      .insert(questions)
      .values({ ...flawedQuestion, createdById: moderatorId, updatedById: moderatorId })
      .returning({ id: questions.id });

    const item = (row: (typeof fromBank)[number], truth?: Option): Item => {
      const key = row.key as Option;
      const wrong = options.filter((option) => option !== (truth ?? key));
      const pull = { A: 0, B: 0, C: 0, D: 0 } as Record<Option, number>;
      // One plausible distractor, one less so, and now and then one nobody falls for.
      const weights = [0.6, 0.3, random.next() < 0.15 ? 0 : 0.1];
      wrong.forEach((option, index) => (pull[option] = weights[index]!));
      return {
        id: row.id,
        key,
        truth: truth ?? key,
        difficulty: difficultyOf[row.difficulty] + random.normal() * 0.4,
        discrimination: 0.8 + random.next() * 0.9,
        pull,
      };
    };

    // Screening: 8 easy, 8 moderate and 4 hard bank questions, and the flawed one in the middle.
    // League: 15 harder ones, five of them shared with the screening exam.
    const pickRows = (indexes: number[]) => indexes.map((index) => fromBank[index]!);
    const range = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, index) => from + index);
    const screeningItems = pickRows([...range(0, 8), ...range(10, 18), ...range(20, 24)]).map(
      (row) => item(row),
    );
    screeningItems.splice(10, 0, {
      ...item({ id: flawed!.id, text: flawedQuestion.text, key: "C", difficulty: "easy" }, "B"),
      pull: { A: 0.45, B: 0, C: 0.45, D: 0.1 },
    });
    const leagueItems = pickRows([8, 9, ...range(14, 20), ...range(24, 30), 23]).map((row) =>
      item(row),
    );

    // 300 candidates, joined over the four weeks before the spring round.
    const springOpened = now - 12 * day;
    const people = Array.from({ length: 300 }, (_, index) => {
      const first = firstNames[index % firstNames.length]!;
      const last = lastNames[Math.floor(index / firstNames.length) % lastNames.length]!;
      const number = String(index + 1).padStart(3, "0");
      return {
        ability: random.normal(),
        row: {
          email: `${first}.${last}.${number}@demo.example.com`.toLowerCase(),
          firstName: first,
          lastName: last,
          userType: "candidate" as const,
          role: "screening",
          school: schools[index % schools.length]!,
          registrationSource: "seed" as const,
          isEmailVerified: true,
          isUserVerified: true,
          emailVerifiedAt: new Date(springOpened - (2 + random.next() * 14) * day),
          dateJoined: new Date(springOpened - (3 + random.next() * 16) * day),
        },
      };
    });
    const inserted: { id: string }[] = [];
    for (let start = 0; start < people.length; start += 100) {
      inserted.push(
        ...(await ctx.db
          .insert(users)
          .values(people.slice(start, start + 100).map((person) => person.row))
          .returning({ id: users.id })),
      );
    }
    const candidates = people.map((person, index) => ({
      id: inserted[index]!.id,
      ability: person.ability,
    }));

    const spring = await concludedExam(ctx, {
      title: analysisExamTitles.screening,
      stage: "screening",
      opened: springOpened,
      openHours: 72,
      countdownMinutes: 30,
      items: screeningItems,
      takers: candidates,
      adminId,
      random,
    });

    // The top 30 % of the spring round go on to the league, and sit its qualifier.
    const promoted = [...spring]
      .sort((a, b) => b.correct - a.correct)
      .slice(0, Math.round(spring.length * 0.3));
    await ctx.db
      .update(users)
      .set({ role: "league" })
      .where(
        inArray(
          users.id,
          promoted.map((row) => row.candidateId),
        ),
      );
    const abilityOf = new Map(candidates.map((person) => [person.id, person.ability]));
    await concludedExam(ctx, {
      title: analysisExamTitles.league,
      stage: "league",
      opened: now - 5 * day,
      openHours: 48,
      countdownMinutes: 25,
      items: leagueItems,
      takers: promoted.map((row) => ({
        id: row.candidateId,
        ability: abilityOf.get(row.candidateId)!,
      })),
      adminId,
      random,
    });
    return [];
  },
};

/** A concluded exam with one submitted, scored attempt per taker; returns each taker's count right. */
async function concludedExam(
  ctx: Parameters<Seeder["run"]>[0]["ctx"],
  spec: {
    title: string;
    stage: "screening" | "league";
    opened: number;
    openHours: number;
    countdownMinutes: number;
    items: Item[];
    takers: { id: string; ability: number }[];
    adminId: string | null;
    random: ReturnType<typeof generator>;
  },
) {
  const { random, items } = spec;
  const [exam] = await ctx.db
    .insert(exams)
    .values({
      title: spec.title,
      stage: spec.stage,
      description: `Demo exam: ${spec.title}, concluded, with a few hundred generated attempts for the analysis.`,
      scheduledDate: new Date(spec.opened),
      countdownMinutes: spec.countdownMinutes,
      openDurationHours: spec.openHours,
      createdById: spec.adminId,
      updatedById: spec.adminId,
    })
    .returning({ id: exams.id });
  await ctx.db
    .insert(examQuestions)
    .values(items.map((entry, position) => ({ examId: exam!.id, questionId: entry.id, position })));

  const countdownMs = spec.countdownMinutes * 60_000;
  const lastStart = spec.opened + spec.openHours * hour - countdownMs;
  const attempts = spec.takers.map((taker) => {
    const startedAt = new Date(spec.opened + random.next() * (lastStart - spec.opened));
    const deadline = new Date(startedAt.getTime() + countdownMs);
    // Most finish with time to spare; about one in twelve is submitted when the time runs out.
    const ranOut = random.next() < 0.08;
    const used = ranOut ? countdownMs : countdownMs * Math.min(0.95, 0.35 + random.next() * 0.5);
    const submittedAt = new Date(startedAt.getTime() + used);
    const chosen = items.map((entry) => {
      const p =
        1 / (1 + Math.exp(-1.7 * entry.discrimination * (taker.ability - entry.difficulty)));
      if (random.next() < p) return entry.truth;
      // Weaker candidates sometimes leave a question blank.
      if (random.next() < 0.06) return "";
      let draw = random.next() * Object.values(entry.pull).reduce((a, b) => a + b, 0);
      for (const option of options) {
        draw -= entry.pull[option];
        if (entry.pull[option] > 0 && draw <= 0) return option;
      }
      return options.find((option) => entry.pull[option] > 0)!;
    });
    return { taker, startedAt, deadline, submittedAt, ranOut, chosen };
  });

  const results: { candidateId: string; correct: number }[] = [];
  for (let start = 0; start < attempts.length; start += 100) {
    const batch = attempts.slice(start, start + 100);
    const rows = await ctx.db
      .insert(examAttempts)
      .values(
        batch.map((attempt) => ({
          examId: exam!.id,
          candidateId: attempt.taker.id,
          startedAt: attempt.startedAt,
          deadline: attempt.deadline,
          submittedAt: attempt.submittedAt,
          submissionKind: attempt.ranOut ? ("auto" as const) : ("candidate" as const),
          scoredAt: attempt.submittedAt,
        })),
      )
      .returning({ id: examAttempts.id });
    await ctx.db.insert(attemptAnswers).values(
      batch.flatMap((attempt, index) =>
        items.map((entry, position) => ({
          attemptId: rows[index]!.id,
          questionId: entry.id,
          selectedOption: attempt.chosen[position]!,
          seq: 1,
          savedAt: new Date(
            attempt.startedAt.getTime() +
              ((position + 1) / (items.length + 1)) *
                (attempt.submittedAt.getTime() - attempt.startedAt.getTime()),
          ),
        })),
      ),
    );
    await ctx.db.insert(examScores).values(
      batch.map((attempt, index) => {
        const correct = items.filter(
          (entry, position) => attempt.chosen[position] === entry.key,
        ).length;
        results.push({ candidateId: attempt.taker.id, correct });
        return {
          examId: exam!.id,
          candidateId: attempt.taker.id,
          attemptId: rows[index]!.id,
          score: percentScore(correct, items.length),
          autoScore: true,
          correctCount: correct,
          questionCount: items.length,
          timeUsedSeconds: timeUsedSeconds(attempt.startedAt, attempt.submittedAt),
          recordedAt: attempt.submittedAt,
          updatedAt: attempt.submittedAt,
        };
      }),
    );
  }
  return results;
}
