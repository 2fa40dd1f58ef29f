"use client";
import { useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass } from "./button";
import { ConfirmDialog } from "./confirm-dialog";

/**
 * A form's submit button that asks first (destructive actions), in the app's own dialog, and
 * disables itself while the form's server action runs.
 */
export function ConfirmSubmitButton({
  question,
  detail,
  confirmLabel,
  children,
  className,
  tone = "danger",
}: {
  question: string;
  detail?: ReactNode;
  /** The dialog's action button; the trigger's own text when omitted. */
  confirmLabel?: string;
  children: ReactNode;
  className?: string;
  tone?: "primary" | "danger";
}) {
  const { pending } = useFormStatus();
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <ConfirmDialog
      title={question}
      description={detail}
      tone={tone}
      confirmLabel={confirmLabel ?? (typeof children === "string" ? children : "Confirm")}
      onConfirm={() => buttonRef.current?.form?.requestSubmit()}
      trigger={
        <button
          ref={buttonRef}
          type="button"
          disabled={pending}
          className={className ?? buttonClass(tone === "danger" ? "secondary" : "primary", "small")}
        >
          {pending ? "Working…" : children}
        </button>
      }
    />
  );
}
