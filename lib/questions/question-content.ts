// A question's content as staff see it (text, options, correct answer, difficulty): the one
// mapping the question bank, the exam detail and the exam's question list share.
import type { questions } from "@/db/schema";

export function questionContent(question: typeof questions.$inferSelect) {
  return {
    id: question.id,
    text: question.text,
    option_a: question.optionA,
    option_b: question.optionB,
    option_c: question.optionC,
    option_d: question.optionD,
    correct_answer: question.correctAnswer,
    difficulty: question.difficulty,
  };
}
