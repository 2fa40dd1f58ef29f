import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage() {
  if (await auth()) redirect("/get-started");
  return (
    <main id="main" className="mx-auto max-w-md px-6 py-16">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-1 text-sm text-slate-600">Candidates and staff sign in here.</p>
      <SignInForm />
      <p className="mt-6 text-sm text-slate-600">
        <Link href="/" className="underline">
          Back to the home page
        </Link>
      </p>
    </main>
  );
}
