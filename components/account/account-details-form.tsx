"use client";
// The account details form: names, phone, school or occupation. Field errors come from the
// server under the form's own names; the result is announced in an aria-live region.
import { startTransition, useActionState, type FormEvent } from "react";
import { updateAccountDetailsAction, type AccountFormState } from "@/app/(app)/account/actions";
import { FormField } from "@/components/auth/form-field";
import { FormStatus, PendingSubmitButton } from "@/components/ui/form-status";

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
      <FormStatus
        id="details-status"
        error={
          state.error &&
          state.error +
            (state.errors?.non_field_errors ? ` ${state.errors.non_field_errors.join(" ")}` : "")
        }
        done={state.done}
        errorTestId="details-error"
      />
      <PendingSubmitButton pending={saving} pendingText="Saving…">
        Save changes
      </PendingSubmitButton>
    </form>
  );
}
