import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { LocalTime } from "@/components/ui/local-time";
import { systemContext } from "@/lib/context";
import { findInvitation, invalidInvitationMessage } from "@/lib/invitations/accept-invitation";

export const metadata: Metadata = { title: "Your invitation" };
export const dynamic = "force-dynamic";

/**
 * /invitations/{token}: the link from an invitation email. Shows the exam and the person, and lets
 * them choose a password (or sign in with theirs) and go to the exam; a link that is unknown,
 * expired, replaced or used says so in plain words.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ctx = systemContext();
  const invitation = await findInvitation(ctx, token);
  if (!invitation) {
    return (
      <main id="main" className="mx-auto max-w-md px-6 py-16">
        <h1 className="text-2xl font-bold">Your invitation</h1>
        <p role="alert" className="mt-4 text-slate-700" data-testid="invitation-invalid">
          {invalidInvitationMessage}
        </p>
        <p className="mt-4 text-sm">
          Already accepted it?{" "}
          <Link href="/sign-in" className="underline">
            Sign in
          </Link>{" "}
          to continue.
        </p>
      </main>
    );
  }
  const name = `${invitation.firstName} ${invitation.lastName}`.trim();
  return (
    <main id="main" className="mx-auto max-w-md px-6 py-16">
      <h1 className="text-2xl font-bold">Your invitation</h1>
      <p className="mt-3 text-slate-700">
        {name ? `${name}, you are` : "You are"} invited to take{" "}
        <strong>{invitation.examTitle}</strong>.
        {invitation.examOpensAt && invitation.examOpensAt > ctx.clock.now() ? (
          <>
            {" "}
            It opens on <LocalTime iso={invitation.examOpensAt.toISOString()} withZone />.
          </>
        ) : null}
      </p>
      <p className="mt-2 text-sm text-slate-600">
        {invitation.needsPassword
          ? `Choose a password for ${invitation.email}: you will use it to sign in from now on.`
          : `You already have an account (${invitation.email}): sign in with your password to accept.`}
      </p>
      <AcceptInvitationForm
        token={token}
        email={invitation.email}
        needsPassword={invitation.needsPassword}
      />
    </main>
  );
}
