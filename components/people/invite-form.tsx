"use client";
// The staff invitation form. The role select lists only what the viewer may give (decided on the
// server); the password is generated and emailed unless the inviter chooses to set one.
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { inviteStaffAction, type InviteFormState } from "@/app/(app)/admin/staff/invite/actions";
import { FormField } from "@/components/auth/form-field";
import { FormStatus, PendingSubmitButton } from "@/components/ui/form-status";

export function InviteForm({ roles }: { roles: string[] }) {
  const [state, submit, sending] = useActionState<InviteFormState, FormData>(inviteStaffAction, {});
  const [mode, setMode] = useState<"generate" | "set">("generate");

  // Submitting by hand keeps what was typed when the server refuses it; a success resets the
  // form (its key changes with state.sent).
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  };
  const errors = state.errors ?? {};

  return (
    <form
      key={state.sent ?? 0}
      action={submit}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-describedby="invite-status"
    >
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        errors={errors.email}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="first_name"
          label="First name"
          required
          maxLength={150}
          errors={errors.first_name}
        />
        <FormField
          name="last_name"
          label="Last name"
          required
          maxLength={150}
          errors={errors.last_name}
        />
      </div>
      <FormField
        name="phone"
        label="Phone (optional)"
        type="tel"
        maxLength={20}
        errors={errors.phone}
      />
      <div>
        <label htmlFor="role" className="block text-sm font-medium">
          Role
        </label>
        <select
          id="role"
          name="role"
          defaultValue={roles.includes("volunteer") ? "volunteer" : roles[0]}
          aria-invalid={errors.role?.length ? true : undefined}
          aria-describedby={errors.role?.length ? "role-errors" : "role-hint"}
          className="mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2"
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
        <p id="role-hint" className="mt-1 text-xs text-slate-500">
          Only roles below your own are offered.
        </p>
        {errors.role?.length ? (
          <ul id="role-errors" className="mt-1 text-sm text-red-700">
            {errors.role.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <FormField
        name="occupation"
        label="Occupation (optional)"
        maxLength={200}
        errors={errors.occupation}
      />

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Password</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="password_mode"
            value="generate"
            checked={mode === "generate"}
            onChange={() => setMode("generate")}
          />
          Generate a strong password and email it to them
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="password_mode"
            value="set"
            checked={mode === "set"}
            onChange={() => setMode("set")}
          />
          Set a password myself (it is not emailed; tell them yourself)
        </label>
      </fieldset>
      {mode === "set" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            name="password"
            label="Password"
            type="password"
            autoComplete="new-password"
            required
            hint="At least 8 characters, not all digits, not a common password."
            errors={errors.password}
          />
          <FormField
            name="password2"
            label="Repeat the password"
            type="password"
            autoComplete="new-password"
            required
            errors={errors.password2}
          />
        </div>
      ) : null}

      <FormStatus
        id="invite-status"
        error={state.error}
        done={state.done}
        errorTestId="invite-error"
        doneTestId="invite-done"
      />
      <PendingSubmitButton pending={sending} pendingText="Sending…">
        Send invitation
      </PendingSubmitButton>
    </form>
  );
}
