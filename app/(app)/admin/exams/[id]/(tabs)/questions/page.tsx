// The staff exam page's questions tab: the exam's questions a page at a time, each with its
// options and the correct one marked, and the pool's counts by difficulty.
import type { Metadata } from "next";
import Link from "next/link";
import { DifficultyTag } from "@/components/exam-admin/question-picker";
import { EmptyState } from "@/components/ui/empty-state";
import { hrefWith, param } from "@/lib/people/list-params";
import { loadExam, openExamTab, questionPageSize, type ExamTabProps } from "../exam-data";

export const metadata: Metadata = { title: "Exam questions" };

export default async function ExamQuestionsPage(props: ExamTabProps) {
  const tab = await openExamTab(props);
  if (!tab) return null;
  const { id, ctx, raw } = tab;
  const requestedPage = Number(param(raw, "qpage") ?? "1");
  const questionPage =
    Number.isInteger(requestedPage) && requestedPage > 0 && requestedPage < 100_000
      ? requestedPage
      : 1;
  const exam = await loadExam(ctx, id, questionPage, questionPageSize);
  const questions = exam.questions;
  const firstNumber = (questions.pagination.page - 1) * questions.pagination.page_size + 1;
  const pool = questions.question_pool_data;
  const examPath = `/admin/exams/${id}`;
  const path = `${examPath}/questions`;

  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading" className="text-lg font-semibold">
        Questions{" "}
        <span className="text-base font-normal text-slate-600" data-testid="exam-question-count">
          ({pool.total_questions} {pool.total_questions === 1 ? "question" : "questions"}:{" "}
          {pool.easy_questions_count} easy, {pool.moderate_questions_count} moderate,{" "}
          {pool.hard_questions_count} hard)
        </span>
      </h2>
      {questions.results.length === 0 ? (
        <EmptyState className="mt-2">
          No questions yet.{" "}
          <Link href={`${examPath}/edit`} className="text-brand-700 underline">
            Pick some from the bank
          </Link>
        </EmptyState>
      ) : (
        <>
          <ol start={firstNumber} className="mt-2 space-y-3" data-testid="exam-questions">
            {questions.results.map((question, index) => (
              <li
                key={question.id}
                className="rounded-lg border border-slate-200 bg-white p-4"
                data-testid="exam-question"
              >
                <div className="flex items-start justify-between gap-3">
                  <p className="font-medium">
                    {firstNumber + index}. {question.text}
                  </p>
                  <DifficultyTag difficulty={question.difficulty} />
                </div>
                <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
                  {(["A", "B", "C", "D"] as const).map((letter) => {
                    const correct = question.correct_answer === letter;
                    const text = question[`option_${letter.toLowerCase()}` as "option_a"] ?? "";
                    return (
                      <li
                        key={letter}
                        className={correct ? "font-semibold text-green-800" : "text-slate-700"}
                      >
                        {letter}. {text}
                        {correct ? " ✓ (correct)" : ""}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
          {questions.pagination.total_pages > 1 ? (
            <nav
              aria-label="Question pages"
              className="mt-4 flex items-center justify-between gap-4"
            >
              {questions.pagination.has_previous ? (
                <Link
                  href={hrefWith(path, { qpage: questions.pagination.page - 1 })}
                  className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
                >
                  Previous questions
                </Link>
              ) : (
                <span />
              )}
              <p className="text-sm text-slate-600">
                Page {questions.pagination.page} of {questions.pagination.total_pages}
              </p>
              {questions.pagination.has_next ? (
                <Link
                  href={hrefWith(path, { qpage: questions.pagination.page + 1 })}
                  className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
                >
                  Next questions
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
