"use client";
// The question on screen: its options as a radio group, the flag for review, the save receipt
// in the viewer's time zone, and the keyboard hint (which says exactly what the keys do).
import { ToggleButton } from "@/components/ui/toggle-button";
import { useFormatTime } from "@/components/ui/local-time";
import { OPTIONS, type Option, type SaveState } from "./exam-logic";
import { FlagIcon } from "./flag-icon";
import { shortcutHint } from "./keyboard-shortcuts";

export type QuestionView = {
  id: number;
  text: string;
  option_a: string;
  option_b: string;
  option_c: string;
  option_d: string;
};

const optionText = (question: QuestionView, option: (typeof OPTIONS)[number]) =>
  ({ A: question.option_a, B: question.option_b, C: question.option_c, D: question.option_d })[
    option
  ];

export function QuestionCard({
  question,
  number,
  total,
  chosen,
  save,
  savedAt,
  flagged,
  disabled,
  onChoose,
  onToggleFlag,
}: {
  question: QuestionView;
  number: number;
  total: number;
  chosen: Option;
  save: SaveState;
  savedAt: string | undefined;
  flagged: boolean;
  disabled: boolean;
  onChoose: (option: Option) => void;
  onToggleFlag: () => void;
}) {
  const format = useFormatTime();
  return (
    <section
      aria-labelledby="question-heading"
      className="mt-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="question-heading" className="text-sm font-semibold text-slate-600">
          Question {number} of {total}
        </h2>
        <ToggleButton pressed={flagged} onClick={onToggleFlag} disabled={disabled}>
          <FlagIcon filled={flagged} />
          Flag for review
        </ToggleButton>
      </div>
      <fieldset className="mt-2" disabled={disabled}>
        <legend className="text-lg font-medium whitespace-pre-wrap">{question.text}</legend>
        <div className="mt-4 space-y-2">
          {OPTIONS.map((option) => (
            <label
              key={option}
              className={`flex cursor-pointer items-start gap-3 rounded border p-3 ${
                chosen === option ? "border-brand-700 bg-brand-50" : "border-slate-200"
              }`}
            >
              <input
                type="radio"
                name={`question-${question.id}`}
                value={option}
                checked={chosen === option}
                onChange={() => onChoose(option)}
                className="mt-1"
              />
              <span>
                <span className="font-semibold">{option}.</span> {optionText(question, option)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <p
        className="mt-3 min-h-5 text-sm text-slate-600"
        aria-live="polite"
        data-testid="save-receipt"
        suppressHydrationWarning
      >
        {save === "saved" && savedAt
          ? `Saved ✓ ${format(savedAt, "time-seconds")}`
          : save === "saving"
            ? "Saving…"
            : ""}
      </p>
      <p className="mt-1 text-xs text-slate-500" data-testid="keyboard-hint">
        {shortcutHint}
      </p>
    </section>
  );
}
