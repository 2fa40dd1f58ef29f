"use client";
import { useActionState, useState } from "react";
import { registerAction, type FormState } from "@/app/(public)/register/actions";
import { FormField, FormMessage, submitClass } from "./form-field";

export function RegistrationForm({ userType }: { userType: "candidate" | "staff" }) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    registerAction.bind(null, userType),
    {},
  );
  const [generate, setGenerate] = useState(false);
  const errors = state.errors ?? {};
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormMessage error={state.error} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={value("email")}
        errors={errors.email}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="first_name"
          label="First name"
          autoComplete="given-name"
          required
          defaultValue={value("first_name")}
          errors={errors.first_name}
        />
        <FormField
          name="last_name"
          label="Last name"
          autoComplete="family-name"
          required
          defaultValue={value("last_name")}
          errors={errors.last_name}
        />
      </div>
      <FormField
        name="phone"
        label="Phone (optional)"
        type="tel"
        autoComplete="tel"
        defaultValue={value("phone")}
        errors={errors.phone}
      />
      {userType === "candidate" ? (
        <FormField
          name="school"
          label="School"
          defaultValue={value("school")}
          errors={errors.school}
        />
      ) : (
        <FormField
          name="occupation"
          label="Occupation"
          defaultValue={value("occupation")}
          errors={errors.occupation}
        />
      )}
      <div className="flex items-center gap-2">
        <input
          id="generate_password"
          name="generate_password"
          type="checkbox"
          checked={generate}
          onChange={(event) => setGenerate(event.target.checked)}
        />
        <label htmlFor="generate_password" className="text-sm">
          Generate a strong password for me and email it
        </label>
      </div>
      {generate ? null : (
        <>
          <FormField
            name="password"
            label="Password"
            type="password"
            autoComplete="new-password"
            hint="At least 8 characters, not only digits, not a common password."
            errors={errors.password}
          />
          <FormField
            name="password2"
            label="Repeat the password"
            type="password"
            autoComplete="new-password"
            errors={errors.password2}
          />
        </>
      )}
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
