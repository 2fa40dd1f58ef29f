import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { registrationProofPolicy } from "@/lib/accounts/registration/sign-in-proof";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ verified?: string; reset?: string; email?: string }>;
}) {
  if (await auth()) redirect("/dashboard");
  const { verified, reset, email } = await searchParams;
  return (
    <main id="main" className="mx-auto max-w-md px-6 py-16">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-1 text-sm text-slate-600">Candidates and staff sign in here.</p>
      {verified ? (
        <p
          role="status"
          className="mt-4 rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          Your email address is verified. Sign in with the password you chose. (We sign you in
          automatically only in the browser you registered in, within{" "}
          {registrationProofPolicy.ttlMinutes} minutes; on any other device, your password is what
          proves it is you.)
        </p>
      ) : null}
      {reset ? (
        <p
          role="status"
          className="mt-4 rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          Your password was reset. Sign in with the new one.
        </p>
      ) : null}
      <SignInForm defaultEmail={email} />
      <p className="mt-6 text-sm text-slate-600">
        <Link href="/forgot-password" className="underline">
          Forgot your password?
        </Link>{" "}
        · New here?{" "}
        <Link href="/register/candidate" className="underline">
          Register
        </Link>
      </p>
    </main>
  );
}
