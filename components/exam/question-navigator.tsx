// One button per question: filled when answered, with a flag when flagged for review, and both in
// the button's name ("Question 3, unanswered, flagged for review").
import type { Answers } from "./use-answer-outbox";
import { FlagIcon } from "./flag-icon";

export function QuestionNavigator({
  questionIds,
  current,
  answers,
  flags,
  onGo,
}: {
  questionIds: number[];
  current: number;
  answers: Answers;
  flags: ReadonlySet<number>;
  onGo: (index: number) => void;
}) {
  return (
    <nav aria-label="Questions" className="mt-5">
      <ol className="flex flex-wrap gap-2">
        {questionIds.map((id, index) => {
          const answered = Boolean(answers.get(id)?.option);
          const flagged = flags.has(id);
          const isCurrent = index === current;
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => onGo(index)}
                aria-current={isCurrent ? "step" : undefined}
                aria-label={`Question ${index + 1}, ${answered ? "answered" : "unanswered"}${
                  flagged ? ", flagged for review" : ""
                }`}
                data-answered={answered}
                data-flagged={flagged}
                className={`relative h-10 w-10 rounded border text-sm font-semibold ${
                  isCurrent ? "border-brand-700 ring-2 ring-brand-600" : "border-slate-300"
                } ${answered ? "bg-brand-700 text-white" : "bg-white text-slate-800"}`}
              >
                {index + 1}
                {flagged ? (
                  <span className="absolute -top-2 -right-2 rounded-full bg-amber-100 p-0.5 text-amber-700 ring-1 ring-amber-400">
                    <FlagIcon filled className="h-3 w-3" />
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-brand-700" />
          Answered
        </span>
        <span className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-3 rounded-sm border border-slate-400 bg-white"
          />
          Not answered
        </span>
        <span className="inline-flex items-center gap-1 text-amber-800">
          <FlagIcon filled className="h-3 w-3" />
          Flagged for review
        </span>
      </p>
    </nav>
  );
}
