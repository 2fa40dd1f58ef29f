"use client";
import { useActionState, useEffect, useState } from "react";
import {
  resendOtpAction,
  verifyEmailAction,
  type FormState,
} from "@/app/(public)/register/actions";
import { FormField, FormMessage, submitClass } from "./form-field";

const cooldownSeconds = 120;

/** The code form, and a resend button that waits out the 2-minute cooldown with a visible countdown. */
export function VerifyEmailForm({ email }: { email: string }) {
  const [state, verify, verifying] = useActionState<FormState, FormData>(verifyEmailAction, {});
  const [resent, resend, resending] = useActionState<FormState, FormData>(resendOtpAction, {});
  const [secondsLeft, setSecondsLeft] = useState(cooldownSeconds);
  // Opened without the address (a bookmark, another device): ask for it.
  const [address, setAddress] = useState(email);

  useEffect(() => {
    if (resent.done) setSecondsLeft(cooldownSeconds);
    if (resent.retryInSeconds) setSecondsLeft(resent.retryInSeconds);
  }, [resent]);

  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = setTimeout(() => setSecondsLeft((value) => value - 1), 1_000);
    return () => clearTimeout(timer);
  }, [secondsLeft]);

  const minutes = Math.floor(secondsLeft / 60);
  const seconds = String(secondsLeft % 60).padStart(2, "0");
  return (
    <div className="mt-6 space-y-6">
      <form action={verify} className="space-y-4" noValidate>
        <FormMessage error={state.error} />
        {email ? (
          <input type="hidden" name="email" value={email} />
        ) : (
          <FormField
            name="email"
            label="Email"
            type="email"
            autoComplete="email"
            required
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            errors={state.errors?.email}
          />
        )}
        <FormField
          name="otp"
          label="Verification code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          hint="The 6-digit code from the email. It expires after 10 minutes."
          errors={state.errors?.otp}
        />
        <button type="submit" disabled={verifying} className={submitClass}>
          {verifying ? "Checking…" : "Verify email"}
        </button>
      </form>
      <form action={resend} className="space-y-2">
        <input type="hidden" name="email" value={address} />
        <FormMessage error={resent.error} done={resent.done} />
        <button
          type="submit"
          disabled={secondsLeft > 0 || resending}
          className="text-sm text-brand-700 underline disabled:cursor-not-allowed disabled:text-slate-400 disabled:no-underline"
        >
          {secondsLeft > 0
            ? `Resend code in ${minutes}:${seconds}`
            : resending
              ? "Sending…"
              : "Resend code"}
        </button>
      </form>
    </div>
  );
}
