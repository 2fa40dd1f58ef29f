// The review of each question against the key, shown on the result page once the exam has
// concluded: the question, every option, the candidate's answer and the correct one, and whether
// it was right — with words and symbols, not colour alone.
import type { ReviewItem } from "@/lib/results/get-exam-result";

const OPTIONS = ["A", "B", "C", "D"] as const;

function Verdict({ item }: { item: ReviewItem }) {
  if (item.your_answer === null) {
    return <span className="font-semibold text-slate-700">Unanswered</span>;
  }
  return item.is_correct ? (
    <span className="font-semibold text-green-800">✓ Correct</span>
  ) : (
    <span className="font-semibold text-red-800">✗ Wrong</span>
  );
}

export function ResultReview({ review }: { review: ReviewItem[] }) {
  return (
    <ol className="mt-4 space-y-4">
      {review.map((item) => (
        <li
          key={item.question_id}
          className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
          data-testid="review-item"
          data-verdict={
            item.your_answer === null ? "unanswered" : item.is_correct ? "correct" : "wrong"
          }
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-sm font-semibold text-slate-600">Question {item.number}</h3>
            <Verdict item={item} />
          </div>
          <p className="mt-1 font-medium whitespace-pre-wrap">{item.text}</p>
          <ul className="mt-3 space-y-1.5">
            {OPTIONS.map((option) => {
              const yours = item.your_answer === option;
              const key = item.correct_answer === option;
              return (
                <li
                  key={option}
                  className={`flex flex-wrap items-start gap-x-3 gap-y-1 rounded border px-3 py-2 text-sm ${
                    key
                      ? "border-green-300 bg-green-50"
                      : yours
                        ? "border-red-300 bg-red-50"
                        : "border-slate-200"
                  }`}
                >
                  <span className="min-w-0 flex-1">
                    <span className="font-semibold">{option}.</span> {item.options[option]}
                  </span>
                  {yours ? <span className="font-medium text-slate-800">Your answer</span> : null}
                  {key ? <span className="font-medium text-green-800">Correct answer</span> : null}
                </li>
              );
            })}
          </ul>
          {item.your_answer === null ? (
            <p className="mt-2 text-sm text-slate-600">
              You did not answer this question. The correct answer is {item.correct_answer}.
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
