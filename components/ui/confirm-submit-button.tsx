"use client";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** A submit button that asks first (destructive actions) and disables itself while submitting. */
export function ConfirmSubmitButton({
  question,
  children,
  className,
}: {
  question: string;
  children: ReactNode;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className={className}
      onClick={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      {pending ? "Working…" : children}
    </button>
  );
}
