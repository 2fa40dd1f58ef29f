import type { InputHTMLAttributes } from "react";
import { describedBy, LabelledField } from "@/components/ui/labelled-field";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
};

/** A labelled input that shows the API's field errors under it and links them for screen readers. */
export function FormField({ name, label, errors, hint, ...input }: Props) {
  return (
    <LabelledField id={name} label={label} errors={errors} hint={hint}>
      <input
        id={name}
        name={name}
        {...describedBy(name, errors, Boolean(hint))}
        className="mt-1 w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-500"
        {...input}
      />
    </LabelledField>
  );
}

export function FormMessage({ error, done }: { error?: string; done?: string }) {
  if (error) {
    return (
      <p
        role="alert"
        data-testid="form-error"
        className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
      >
        {error}
      </p>
    );
  }
  if (done) {
    return (
      <p
        role="status"
        className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
      >
        {done}
      </p>
    );
  }
  return null;
}

export const submitClass =
  "w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-60";
