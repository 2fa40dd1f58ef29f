"use client";
// The account details form: names, phone, school or occupation. Field errors come from the
// server under the form's own names; the result is announced in an aria-live region.
import { startTransition, useActionState, type FormEvent } from "react";
import { updateAccountDetailsAction, type AccountFormState } from "@/app/(app)/account/actions";
import { FormField } from "@/components/auth/form-field";

export type AccountDetails = {
  firstName: string;
  lastName: string;
  phone: string | null;
  profileType: "candidate" | "staff";
  school: string | null;
  occupation: string | null;
};

export function AccountDetailsForm({ details }: { details: AccountDetails }) {
  const [state, submit, saving] = useActionState<AccountFormState, FormData>(
    updateAccountDetailsAction,
    {},
  );
  // Submitting by hand keeps what was typed when the server refuses it (a form action would
  // reset the fields); without JavaScript the action attribute still works.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  };
  const isCandidate = details.profileType === "candidate";
  return (
    <form action={submit} onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="first_name"
          label="First name"
          autoComplete="given-name"
          defaultValue={details.firstName}
          maxLength={100}
          required
          errors={state.errors?.first_name}
        />
        <FormField
          name="last_name"
          label="Last name"
          autoComplete="family-name"
          defaultValue={details.lastName}
          maxLength={100}
          required
          errors={state.errors?.last_name}
        />
      </div>
      <FormField
        name="phone_number"
        label="Phone"
        type="tel"
        autoComplete="tel"
        defaultValue={details.phone ?? ""}
        maxLength={20}
        hint="Digits, spaces, +, - and parentheses. Leave empty to remove it."
        errors={state.errors?.phone_number}
      />
      {isCandidate ? (
        <FormField
          name="school"
          label="School"
          autoComplete="organization"
          defaultValue={details.school ?? ""}
          maxLength={200}
          errors={state.errors?.school}
        />
      ) : (
        <FormField
          name="occupation"
          label="Occupation"
          autoComplete="organization-title"
          defaultValue={details.occupation ?? ""}
          maxLength={200}
          errors={state.errors?.occupation}
        />
      )}
      <div id="details-status" aria-live="polite" role="status" className="min-h-6 text-sm">
        {state.error ? (
          <p className="text-red-700" data-testid="details-error">
            {state.error}
            {state.errors?.non_field_errors ? ` ${state.errors.non_field_errors.join(" ")}` : ""}
          </p>
        ) : state.done ? (
          <p className="text-green-700">{state.done}</p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={saving}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-60"
      >
        {saving ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
