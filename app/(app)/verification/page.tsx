import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { VerificationPanel } from "@/components/verification/verification-panel";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import { getVerificationStatus } from "@/lib/verification";

export const metadata: Metadata = { title: "Identity verification" };

export default async function VerificationPage() {
  const session = await auth();
  const ctx = await contextForWebSession({
    userId: session?.user?.id,
    sessionId: session?.sessionId,
  });
  if (!ctx?.actor.user) redirect("/sign-in");
  const status = await getVerificationStatus({ ctx, input: { userId: ctx.actor.user.id } });
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <h1 className="text-3xl font-bold">Identity verification</h1>
      <p className="mt-1 text-slate-600">
        We check who takes part before exams open to you. Your documents are private: only you and
        the managers who review them can see them.
      </p>
      <VerificationPanel initialStatus={status} email={session?.user?.email ?? ""} />
    </main>
  );
}
