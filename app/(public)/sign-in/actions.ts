"use server";
// The sign-in form's server action: Auth.js checks the credentials (see auth.ts).
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { withTextRule } from "@/lib/http/with-text-rule";

export type SignInState = { error?: string; email?: string };

export const signInAction = withTextRule(async function signInAction(
  _previous: SignInState,
  form: FormData,
): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "Enter your email and password.", email };
  try {
    await signIn("credentials", { email, password, redirectTo: "/dashboard" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const throttled = "code" in error && error.code === "throttled";
      return {
        email,
        error: throttled
          ? "Too many sign-in attempts. Wait a minute and try again."
          : "That email and password do not match an active account.",
      };
    }
    throw error; // Next's redirect after a successful sign-in
  }
});
