// The UI kit's empty state: a dashed box saying, in a sentence, why there is nothing here yet and
// (where there is one) what would change that. `className` places it (its top margin). A div, so
// the message may hold paragraphs of its own.
import type { ReactNode } from "react";

export function EmptyState({
  children,
  className = "mt-4",
  testId,
}: {
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div
      className={`${className} rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600`}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
