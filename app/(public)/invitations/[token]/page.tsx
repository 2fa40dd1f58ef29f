import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { systemContext } from "@/lib/context";
import { findInvitation, invalidInvitationMessage } from "@/lib/invitations/accept-invitation";

export const metadata: Metadata = { title: "Your invitation" };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(systemContext(), token);
  return (
    <main id="main" className="mx-auto max-w-md px-6 py-16">
      <h1 className="text-2xl font-bold">Your invitation</h1>
      {invitation ? (
        <>
          <p className="mt-3 text-slate-700">
            {invitation.firstName ? `${invitation.firstName}, you` : "You"} are invited to take{" "}
            <strong>{invitation.examTitle}</strong>.
          </p>
          <p className="mt-2 text-sm text-slate-600">
            {invitation.needsPassword
              ? `Choose a password for ${invitation.email}. You will use it to sign in from now on.`
              : `You already have an account (${invitation.email}): accept, then sign in with your password.`}
          </p>
          <AcceptInvitationForm token={token} needsPassword={invitation.needsPassword} />
        </>
      ) : (
        <>
          <p role="alert" className="mt-6 text-red-800">
            {invalidInvitationMessage}
          </p>
          <p className="mt-4 text-sm">
            <Link href="/sign-in" className="underline">
              Sign in
            </Link>{" "}
            if you already accepted it.
          </p>
        </>
      )}
    </main>
  );
}
