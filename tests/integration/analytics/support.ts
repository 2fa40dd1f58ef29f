// Candidates who take an exam on a pattern of right (1) and wrong (0) answers, one row each, and
// submit: the stored answers item analysis is computed from. A wrong answer is D (A where D is
// the key), so the other distractors go unchosen.
import { expect } from "vitest";
import type { useAttemptsSuite } from "../attempts/support";
import { putAnswer, submitAttempt } from "../attempts/support";

type Suite = ReturnType<typeof useAttemptsSuite>;
type Question = { id: number; correctAnswer: "A" | "B" | "C" | "D" };

export const wrongFor = (key: Question["correctAnswer"]) => (key === "D" ? "A" : "D");

export async function takeOnPattern(
  suite: Suite,
  examId: number,
  questions: Question[],
  pattern: number[][],
) {
  const takers = [];
  for (const row of pattern) {
    const taker = await suite.startedCandidate(examId);
    for (const [index, right] of row.entries()) {
      const key = questions[index]!.correctAnswer;
      const saved = await putAnswer(examId, questions[index]!.id, taker.headers, {
        selected_option: right ? key : wrongFor(key),
        seq: 1,
      });
      expect(saved.status).toBe(200);
    }
    expect((await submitAttempt(examId, taker.headers)).status).toBe(201);
    takers.push(taker);
  }
  return takers;
}
