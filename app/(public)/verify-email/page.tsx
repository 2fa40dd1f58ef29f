import type { Metadata } from "next";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { maskEmail } from "@/lib/accounts/mask-email";

export const metadata: Metadata = { title: "Verify your email" };

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string }>;
}) {
  const { email = "" } = await searchParams;
  return (
    <main id="main" className="mx-auto max-w-md px-6 py-16">
      <h1 className="text-2xl font-bold">Verify your email</h1>
      <p className="mt-1 text-sm text-slate-600">
        {email
          ? `We sent a 6-digit code to ${maskEmail(email)}.`
          : "Enter the code we emailed you."}
      </p>
      <VerifyEmailForm email={email} />
    </main>
  );
}
