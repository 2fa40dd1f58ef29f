"use client";
// The account security page's password change: the current password, the new one twice. The
// fields are emptied after every answer (passwords are never sent back to the page).
import { useActionState } from "react";
import { changePasswordAction } from "@/app/(app)/account/security/actions";
import type { FormState } from "@/app/(public)/register/actions";
import { FormField, FormMessage, submitClass } from "@/components/auth/form-field";
import { NewPasswordFields } from "@/components/auth/new-password-fields";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="mt-4 max-w-md space-y-4" noValidate>
      <FormMessage error={state.error} done={state.done} />
      <FormField
        name="current_password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.current_password}
      />
      <NewPasswordFields
        errors={state.errors}
        hint="At least 8 characters; not only digits, not a common password."
      />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
