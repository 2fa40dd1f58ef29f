// Seed for bench/exam-day and bench/fault (run with tsx against DATABASE_URL, after migrating):
// N verified screening candidates, each with an API session and a signed access token, one API
// key, and an exam open now with 20 questions. Batch inserts; prints one JSON line on stdout.
//   tsx bench/exam-day/seed.ts --candidates N
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { getDb, closeDatabase } from "@/db/client";
import { examQuestions, exams, questions, users } from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password/passwords";
import { createApiKey } from "@/lib/auth/api-keys/create-api-key";
import { systemActor, systemClock } from "@/lib/context";
import { accessTokensFor } from "../lib/access-tokens";

const { values } = parseArgs({ options: { candidates: { type: "string", default: "50" } } });
const count = Number(values.candidates);
const db = getDb();
const now = new Date();
const passwordHash = await hashPassword("Bench-Password-42");
const tag = randomUUID().slice(0, 8);

const people: { id: string; access: string }[] = [];
for (let start = 0; start < count; start += 500) {
  const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => ({
    email: `bench${start + i}-${tag}@example.com`,
    firstName: "Bench",
    lastName: `Candidate ${start + i}`,
    userType: "candidate" as const,
    role: "screening" as const,
    isEmailVerified: true,
    isUserVerified: true,
    passwordHash,
  }));
  const rows = await db.insert(users).values(batch).returning({ id: users.id });
  people.push(
    ...(await accessTokensFor(
      db,
      rows.map((row) => row.id),
      now,
    )),
  );
}

const questionRows = await db
  .insert(questions)
  .values(
    Array.from({ length: 20 }, (_, i) => ({
      text: `Bench question ${i + 1}?`,
      optionA: "1",
      optionB: "2",
      optionC: "3",
      optionD: "4",
      correctAnswer: "B" as const,
      difficulty: "easy" as const,
    })),
  )
  .returning({ id: questions.id });
const [exam] = await db
  .insert(exams)
  .values({
    title: `Bench exam ${tag}`,
    stage: "screening",
    countdownMinutes: 120,
    openDurationHours: 24,
    scheduledDate: new Date(now.getTime() - 60_000),
  })
  .returning({ id: exams.id });
await db
  .insert(examQuestions)
  .values(questionRows.map((q, position) => ({ examId: exam!.id, questionId: q.id, position })));
const key = await createApiKey({
  ctx: { db, actor: systemActor, clock: systemClock },
  input: { name: `bench ${tag}`, scopes: [] },
});

console.log(
  JSON.stringify({
    apiKey: key.key,
    examId: exam!.id,
    questionIds: questionRows.map((q) => q.id),
    candidates: people,
  }),
);
await closeDatabase();
