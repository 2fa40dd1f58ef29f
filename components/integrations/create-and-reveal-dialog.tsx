"use client";
// The one shape of "create something whose secret is shown once" (an API key, a webhook): a
// dialog with a form; on success the same dialog shows the secret (SecretReveal) and what to do
// next; closing it clears the form. The server's field errors go to the fields, and its summary
// under the form. Also the checkbox list with a hint under each choice that both forms use.
import { useRouter } from "next/navigation";
import { useState, type InputHTMLAttributes, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormStatus } from "@/components/ui/form-status";
import { describedBy, FieldErrorList } from "@/components/ui/labelled-field";
import type { FieldErrors } from "@/lib/errors";
import { formErrorWords } from "./integration-words";

export type Failure = { error: string; errors?: FieldErrors };

export function CreateAndRevealDialog<Created>({
  triggerLabel,
  title,
  description,
  submitLabel,
  statusId,
  submit,
  onClosed,
  fields,
  revealed,
}: {
  triggerLabel: string;
  title: (created: Created | null) => string;
  description: (created: Created | null) => string;
  submitLabel: string;
  statusId: string;
  submit: () => Promise<Created | Failure>;
  /** Clear the form's own fields. */
  onClosed: () => void;
  fields: (errors: FieldErrors | undefined) => ReactNode;
  /** The secret and the way on, once created. */
  revealed: (created: Created) => ReactNode;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Partial<Failure>>({});
  const [created, setCreated] = useState<Created | null>(null);

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) return;
    onClosed();
    setFailure({});
    setCreated(null);
  };
  const send = async () => {
    setPending(true);
    const result = await submit();
    setPending(false);
    if (result && typeof result === "object" && "error" in result) return setFailure(result);
    setCreated(result as Created);
    router.refresh();
  };

  return (
    <Dialog open={open} onOpenChange={openChange}>
      <DialogTrigger asChild>
        <Button tone="primary">{triggerLabel}</Button>
      </DialogTrigger>
      <DialogContent title={title(created)} description={description(created)}>
        {created ? (
          revealed(created)
        ) : (
          <form
            className="mt-4 space-y-4"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void send();
            }}
          >
            {fields(failure.errors)}
            <FormStatus id={statusId} error={formErrorWords(failure)} />
            <DialogFooter>
              <DialogClose asChild>
                <Button>Cancel</Button>
              </DialogClose>
              <Button tone="primary" type="submit" disabled={pending}>
                {pending ? "Creating…" : submitLabel}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

/** Checkboxes with a plain label and a hint each, and the field's errors under them. */
export function ChoiceCheckboxes({
  legend,
  id,
  choices,
  chosen,
  onChange,
  errors,
}: {
  legend: string;
  id: string;
  choices: Array<{ value: string; label: string; hint: string }>;
  chosen: string[];
  onChange: (next: string[]) => void;
  errors?: string[];
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-2 space-y-2">
        {choices.map((choice) => (
          <label key={choice.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-1 h-4 w-4 shrink-0"
              checked={chosen.includes(choice.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...chosen, choice.value]
                    : chosen.filter((value) => value !== choice.value),
                )
              }
            />
            <span>
              <span className="font-medium">{choice.label}</span>
              <span className="block text-slate-600">{choice.hint}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldErrorList id={id} errors={errors} />
    </fieldset>
  );
}

/** Done: closes the dialog. */
export function DoneFooter({ children }: { children?: ReactNode }) {
  return (
    <DialogFooter>
      {children ?? (
        <DialogClose asChild>
          <Button tone="primary">Done</Button>
        </DialogClose>
      )}
    </DialogFooter>
  );
}

/** A labelled text input with the server's errors under it. */
export function TextField({
  id,
  label,
  optional = false,
  errors,
  onValue,
  ...input
}: {
  id: string;
  label: string;
  optional?: boolean;
  errors?: string[];
  onValue: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange">) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {optional ? <span className="font-normal text-slate-600"> (optional)</span> : null}
      </label>
      <input
        id={id}
        className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        onChange={(event) => onValue(event.target.value)}
        {...describedBy(id, errors)}
        {...input}
      />
      <FieldErrorList id={id} errors={errors} />
    </div>
  );
}
