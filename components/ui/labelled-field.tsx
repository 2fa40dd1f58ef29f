// A form control's label, hint and error list (ids `${id}-hint` and `${id}-errors`), and the aria
// attributes that link the control to them, for forms that show the server's field errors.
import type { ReactNode } from "react";

export function LabelledField({
  id,
  label,
  errors,
  hint,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <FieldErrorList id={id} errors={errors} />
    </div>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
      {children}
    </p>
  );
}

export function FieldErrorList({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={`${id}-errors`} className="mt-1 text-sm text-red-700" data-testid={`${id}-errors`}>
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

/** aria attributes linking the control `id` to its errors and (when it has one) its hint. */
export function describedBy(id: string, errors: string[] | undefined, hasHint = false) {
  const ids = [errors?.length ? `${id}-errors` : null, hasHint ? `${id}-hint` : null];
  return {
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": ids.filter(Boolean).join(" ") || undefined,
  };
}
