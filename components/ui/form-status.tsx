import type { ReactNode } from "react";

/** Where a form says how its submission went: the error, else the success message (aria-live). */
export function FormStatus({
  id,
  error,
  done,
  errorTestId,
  doneTestId,
}: {
  id: string;
  error?: string;
  done?: string;
  errorTestId?: string;
  doneTestId?: string;
}) {
  return (
    <div id={id} role="status" aria-live="polite" className="min-h-6 text-sm">
      {error ? (
        <p className="text-red-700" data-testid={errorTestId}>
          {error}
        </p>
      ) : done ? (
        <p className="text-green-700" data-testid={doneTestId}>
          {done}
        </p>
      ) : null}
    </div>
  );
}

// Whole class names, so Tailwind sees them.
const submitClass = {
  wait: "rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-60",
  "not-allowed":
    "rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60",
} as const;

/**
 * A form's primary submit button that says `pendingText` while the form is being sent. It is
 * disabled while pending, or as `disabled` says; `disabledCursor` is what a disabled one shows.
 */
export function PendingSubmitButton({
  pending,
  pendingText,
  disabled = pending,
  disabledCursor = "wait",
  children,
}: {
  pending: boolean;
  pendingText: string;
  disabled?: boolean;
  disabledCursor?: keyof typeof submitClass;
  children: ReactNode;
}) {
  return (
    <button type="submit" disabled={disabled} className={submitClass[disabledCursor]}>
      {pending ? pendingText : children}
    </button>
  );
}
