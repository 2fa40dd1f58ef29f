import type { Metadata } from "next";
import { VerificationPanel } from "@/components/verification/verification-panel";
import { getVerificationStatus } from "@/lib/verification/get-verification-status";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Identity verification" };

export default async function VerificationPage() {
  const { ctx, session } = await requirePageContext();
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
