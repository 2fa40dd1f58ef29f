// The countdown as the candidate sees it: amber from 5 minutes, red from 1 minute.
import { formatRemaining, type TimeLevel } from "./exam-logic";

const levelClass: Record<TimeLevel, string> = {
  normal: "bg-slate-100 text-slate-900",
  warning: "bg-amber-100 text-amber-900",
  critical: "bg-red-100 text-red-800",
  over: "bg-red-100 text-red-800",
};

export function ExamTimer({ remaining, level }: { remaining: number; level: TimeLevel }) {
  const text = formatRemaining(remaining);
  return (
    <div
      className={`rounded px-3 py-1.5 font-mono text-lg font-semibold tabular-nums sm:text-xl ${levelClass[level]}`}
      data-testid="exam-timer"
      data-level={level}
      aria-label={`Time left ${text}`}
      role="timer"
      suppressHydrationWarning
    >
      {text}
    </div>
  );
}
