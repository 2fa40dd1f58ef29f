import type { FieldErrors } from "@/lib/errors";
import { FormField } from "./form-field";

/** A new password typed twice (`new_password`, `confirm_password`), for reset and change forms. */
export function NewPasswordFields({ errors, hint }: { errors?: FieldErrors; hint?: string }) {
  return (
    <>
      <FormField
        name="new_password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={hint}
        errors={errors?.new_password}
      />
      <FormField
        name="confirm_password"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirm_password}
      />
    </>
  );
}
