"use server";
// Server actions of the public account pages. They call the same domain operations as the API.
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { auth } from "@/auth";
import { registerUser } from "@/lib/accounts/registration/register-user";
import {
  candidateRegistrationInput,
  staffRegistrationInput,
} from "@/lib/accounts/registration/schemas";
import { sendEmailOtp } from "@/lib/accounts/otp/send-email-otp";
import { verifyEmailOtp } from "@/lib/accounts/otp/verify-email";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/security/password-reset";
import { visitorContext as contextFor, type Context } from "@/lib/context";
import { ApiError, type FieldErrors } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/http/parse-input";
import { clientIp } from "@/lib/http/client-ip";
import { withTextRule } from "@/lib/http/with-text-rule";

export type FormState = {
  error?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  done?: string;
};

async function visitorContext(): Promise<Context> {
  const incoming = await headers();
  const request = new Request("http://local", { headers: incoming });
  return contextFor(clientIp(request), incoming.get("user-agent"));
}

function failure(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof ApiError && error.status < 500)
    return { error: error.message, errors: error.errors, values };
  throw error;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export const registerAction = withTextRule(async function registerAction(
  userType: "candidate" | "staff",
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = Object.fromEntries(
    ["email", "first_name", "last_name", "phone", "school", "occupation"].map((name) => [
      name,
      text(form, name),
    ]),
  );
  if (await auth())
    return {
      error: "You are already signed in; sign out before registering a new account.",
      values,
    };
  const schema = userType === "candidate" ? candidateRegistrationInput : staffRegistrationInput;
  const parsed = schema.safeParse({
    ...values,
    password: text(form, "password"),
    password2: text(form, "password2"),
    generate_password: form.get("generate_password") === "on",
  });
  if (!parsed.success)
    return {
      error: "Please correct the fields below.",
      errors: zodFieldErrors(parsed.error),
      values,
    };
  try {
    await registerUser({
      ctx: await visitorContext(),
      input: { userType, ...parsed.data } as never,
    });
  } catch (error) {
    return failure(error, values);
  }
  redirect(`/verify-email?email=${encodeURIComponent(parsed.data.email)}`);
});

export const verifyEmailAction = withTextRule(async function verifyEmailAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { email: text(form, "email") };
  try {
    await verifyEmailOtp({
      ctx: await visitorContext(),
      input: { email: values.email, otp: text(form, "otp").trim() },
    });
  } catch (error) {
    return failure(error, values);
  }
  redirect("/sign-in?verified=1");
});

export const resendOtpAction = withTextRule(async function resendOtpAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { email: text(form, "email") };
  try {
    const sent = await sendEmailOtp({
      ctx: await visitorContext(),
      input: { email: values.email, resend: true },
    });
    return { done: `A new code was sent to ${sent.email}.`, values };
  } catch (error) {
    return failure(error, values);
  }
});

export const forgotPasswordAction = withTextRule(async function forgotPasswordAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { email: text(form, "email") };
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email))
    return { errors: { email: ["Enter a valid email address."] }, values };
  try {
    const result = await requestPasswordReset({ ctx: await visitorContext(), input: values });
    return { done: result.message, values };
  } catch (error) {
    return failure(error, values);
  }
});

export const resetPasswordAction = withTextRule(async function resetPasswordAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const password = text(form, "new_password");
  if (password !== text(form, "confirm_password"))
    return { errors: { confirm_password: ["The two passwords do not match."] } };
  try {
    await resetPassword({
      ctx: await visitorContext(),
      input: { token: text(form, "token"), new_password: password },
    });
  } catch (error) {
    return failure(error, {});
  }
  redirect("/sign-in?reset=1");
});
