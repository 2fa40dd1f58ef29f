"use server";
// Server actions of the public account pages. They call the same domain operations as the API.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { auth, signIn } from "@/auth";
import { registerUser } from "@/lib/accounts/registration/register-user";
import {
  issueRegistrationProof,
  markProofVerified,
} from "@/lib/accounts/registration/sign-in-proof";
import {
  candidateRegistrationInput,
  staffRegistrationInput,
} from "@/lib/accounts/registration/schemas";
import { duplicateEmailMessage } from "@/lib/accounts/registration/account-checks";
import { sendEmailOtp } from "@/lib/accounts/otp/send-email-otp";
import { verifyEmailOtp } from "@/lib/accounts/otp/verify-email";
import { requestPasswordReset } from "@/lib/accounts/password/request-password-reset";
import { resetPassword } from "@/lib/accounts/password/reset-password";
import { visitorContext as contextFor, type Context } from "@/lib/context";
import { ApiError, Throttled, type FieldErrors } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/http/parse-input";
import { clientIp } from "@/lib/http/client-ip";
import { withTextRule } from "@/lib/http/with-text-rule";
import { setProofCookie, takeProofCookie } from "./proof-cookie";

export type FormState = {
  error?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  done?: string;
  /** After a refused resend: seconds until a new code may be asked for. */
  retryInSeconds?: number;
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

// How the registration form names its fields in messages ("Enter your first name.").
const fieldNames: Record<string, string> = {
  email: "email address",
  first_name: "first name",
  last_name: "last name",
  phone: "phone number",
  school: "school",
  occupation: "occupation",
  password: "password",
  password2: "password again",
};

const plainMessage = (field: string, message: string) => {
  if (message === "This field may not be blank." || message === "This field is required.")
    return `Enter your ${fieldNames[field] ?? "answer"}.`;
  if (message === duplicateEmailMessage)
    return "An account with this email address already exists. Sign in, or reset your password if you have forgotten it.";
  if (message === "Passwords do not match.") return "The two passwords are different.";
  return message;
};

/** Field errors in plain words, and one short line above them instead of the API's wording. */
function fieldFailure(errors: FieldErrors, values: Record<string, string>): FormState {
  const plain = Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [
      field,
      messages.map((message) => plainMessage(field, message)),
    ]),
  );
  const count = Object.keys(plain).length;
  return {
    error:
      count === 1
        ? "Please check the field marked below."
        : `Please check the ${count} fields marked below.`,
    errors: plain,
    values,
  };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const looksLikeEmail = (value: string) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim());

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
  if (!parsed.success) return fieldFailure(zodFieldErrors(parsed.error), values);
  const ctx = await visitorContext();
  try {
    await registerUser({ ctx, input: { userType, ...parsed.data } as never });
  } catch (error) {
    if (error instanceof ApiError && error.errors) return fieldFailure(error.errors, values);
    return failure(error, values);
  }
  // This browser may sign the person in once they verify their email code (see the verify step).
  const proof = await issueRegistrationProof({ ctx, input: { email: parsed.data.email } });
  if (proof) await setProofCookie(proof);
  redirect(`/verify-email?email=${encodeURIComponent(parsed.data.email)}`);
});

const invalidCodeMessage =
  "That code is wrong or has expired. Check the latest email we sent, or ask for a new code.";

/**
 * Verify the emailed code; then, in the browser that registered (it holds the proof cookie),
 * sign the person in through Auth.js and open Get Started. Elsewhere, or when the proof has
 * expired, the sign-in page says why and has the email filled in.
 */
export const verifyEmailAction = withTextRule(async function verifyEmailAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { email: text(form, "email") };
  const otp = text(form, "otp").trim();
  if (!looksLikeEmail(values.email))
    return { errors: { email: ["Enter the email address you registered with."] }, values };
  if (!/^\d{6}$/.test(otp))
    return { errors: { otp: ["Enter the 6-digit code from the email."] }, values };
  const ctx = await visitorContext();
  try {
    await verifyEmailOtp({ ctx, input: { email: values.email, otp } });
  } catch (error) {
    if (error instanceof ApiError && error.code === "invalid_otp")
      return { errors: { otp: [invalidCodeMessage] }, values };
    return failure(error, values);
  }
  const proof = await takeProofCookie();
  if (proof && (await markProofVerified({ ctx, input: { token: proof, email: values.email } }))) {
    try {
      await signIn("registration-proof", { proof, redirectTo: "/dashboard" });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error; // Next's redirect after signing in
    }
  }
  redirect(`/sign-in?verified=1&email=${encodeURIComponent(values.email)}`);
});

export const resendOtpAction = withTextRule(async function resendOtpAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { email: text(form, "email") };
  if (!looksLikeEmail(values.email))
    return { error: "Enter the email address you registered with first.", values };
  try {
    const sent = await sendEmailOtp({
      ctx: await visitorContext(),
      input: { email: values.email, resend: true },
    });
    return { done: `A new code was sent to ${sent.email}.`, values };
  } catch (error) {
    if (error instanceof Throttled) {
      const seconds = Number(error.headers?.["Retry-After"] ?? 120);
      return {
        error: "A code was sent less than 2 minutes ago. Wait a little before asking again.",
        retryInSeconds: seconds,
        values,
      };
    }
    return failure(error, values);
  }
});

export const forgotPasswordAction = withTextRule(async function forgotPasswordAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { email: text(form, "email") };
  if (!looksLikeEmail(values.email))
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
