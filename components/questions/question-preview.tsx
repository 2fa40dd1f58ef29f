// The question as a candidate will see it on the exam page (text, then four radio-looking rows),
// with the correct answer marked for staff. Follows the editor as they type.
import { answerOptions } from "@/lib/questions/schemas";
import { DifficultyBadge } from "./difficulty-badge";
import type { QuestionDraft } from "./question-form-logic";

const optionField = { A: "option_a", B: "option_b", C: "option_c", D: "option_d" } as const;

export function QuestionPreview({ draft }: { draft: QuestionDraft }) {
  const text = draft.text.trim();
  return (
    <section
      aria-labelledby="preview-heading"
      className="rounded-lg border border-slate-200 bg-white p-6"
      data-testid="question-preview"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="preview-heading" className="text-sm font-semibold text-slate-600">
          Preview: what candidates see
        </h2>
        {draft.difficulty ? <DifficultyBadge difficulty={draft.difficulty} /> : null}
      </div>
      <p
        className={`mt-2 text-lg font-medium whitespace-pre-wrap ${text ? "" : "text-slate-400 italic"}`}
        data-testid="preview-text"
      >
        {text || "The question text appears here."}
      </p>
      <ul className="mt-4 space-y-2">
        {answerOptions.map((letter) => {
          const optionText = draft[optionField[letter]].trim();
          const correct = draft.correct_answer === letter;
          return (
            <li
              key={letter}
              data-testid={`preview-option-${letter}`}
              className={`flex items-start gap-3 rounded border p-3 ${
                correct ? "border-green-600 bg-green-50" : "border-slate-200"
              }`}
            >
              <span
                aria-hidden="true"
                className="mt-1 inline-block h-4 w-4 shrink-0 rounded-full border-2 border-slate-400 bg-white"
              />
              <span className="grow">
                <span className="font-semibold">{letter}.</span>{" "}
                {optionText ? (
                  optionText
                ) : (
                  <span className="text-slate-400 italic">Option {letter}</span>
                )}
              </span>
              {correct ? (
                <span
                  className="shrink-0 rounded bg-green-700 px-2 py-0.5 text-xs font-semibold text-white"
                  data-testid="preview-correct"
                >
                  ✓ Correct
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-xs text-slate-500">
        Candidates do not see which answer is correct, nor the difficulty.
      </p>
    </section>
  );
}
