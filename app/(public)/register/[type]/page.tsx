import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RegistrationForm } from "@/components/auth/registration-form";
import { systemContext } from "@/lib/context";
import { getRegistrationSettings } from "@/lib/registration/registration-settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Register" };

export default async function RegisterPage({ params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  if (type !== "candidate" && type !== "staff") notFound();
  const settings = await getRegistrationSettings(systemContext().db);
  const open = type === "candidate" ? settings.is_candidate_reg_open : settings.is_staff_reg_open;
  return (
    <main id="main" className="mx-auto max-w-lg px-6 py-16">
      <h1 className="text-2xl font-bold">
        {type === "candidate" ? "Register as a candidate" : "Register as staff"}
      </h1>
      {open ? (
        <>
          <p className="mt-1 text-sm text-slate-600">
            We will email you a code to verify your address.{" "}
            <Link
              className="underline"
              href={type === "candidate" ? "/register/staff" : "/register/candidate"}
            >
              {type === "candidate"
                ? "Registering as staff instead?"
                : "Registering as a candidate instead?"}
            </Link>
          </p>
          <RegistrationForm userType={type} />
        </>
      ) : (
        <p
          role="status"
          className="mt-6 rounded border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900"
        >
          {type === "candidate" ? "Candidate" : "Staff"} registration is closed at the moment.
          Questions?{" "}
          <a className="underline" href={`mailto:${settings.support_email}`}>
            {settings.support_email}
          </a>
        </p>
      )}
      <p className="mt-6 text-sm text-slate-600">
        Already registered?{" "}
        <Link className="underline" href="/sign-in">
          Sign in
        </Link>
      </p>
    </main>
  );
}
