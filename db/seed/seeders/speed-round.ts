// "Speed round — 1 minute": a screening exam of five easy questions (the first five of the demo
// bank) with a one-minute countdown, open from a day before the seed time to two weeks after it.
// It shows the clock running out: the page submits at zero, and an abandoned attempt is submitted
// and scored by the server. e2e/exam-time-runs-out.spec.ts relies on it. A seeder of its own, so
// demo databases seeded before it existed get it too.
import { and, eq, inArray } from "drizzle-orm";
import { examQuestions, exams, questions, users } from "@/db/schema";
import type { Seeder } from "../seeder";
import { bank } from "./exams";

const hour = 3_600_000;

export const speedRoundSeeder: Seeder = {
  name: "exams-speed-round",
  async run({ ctx }) {
    const now = ctx.clock.now();
    const texts = bank.slice(0, 5).map(([text]) => text);
    const found = await ctx.db
      .select({ id: questions.id, text: questions.text })
      .from(questions)
      .where(and(inArray(questions.text, texts), eq(questions.isArchived, false)));
    const ids = texts
      .map((text) => found.find((row) => row.text === text)?.id)
      .filter((id) => id !== undefined);
    if (ids.length === 0) return []; // the bank was removed: nothing to build the round from
    const [admin] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "admin@demo.example.com"));
    const [exam] = await ctx.db
      .insert(exams)
      .values({
        title: "Speed round — 1 minute",
        stage: "screening",
        description: "Demo exam: five easy questions, one minute.",
        scheduledDate: new Date(now.getTime() - 24 * hour),
        countdownMinutes: 1,
        openDurationHours: 24 * 15,
        isActive: true,
        createdById: admin?.id ?? null,
        updatedById: admin?.id ?? null,
      })
      .returning({ id: exams.id });
    await ctx.db
      .insert(examQuestions)
      .values(ids.map((questionId, position) => ({ examId: exam!.id, questionId, position })));
    return [];
  },
};
