import type { Metadata } from "next";
import Link from "next/link";
import { getStartedOverview } from "@/lib/accounts/get-started";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Get started" };

function Step({ done, children }: { done: boolean; children: React.ReactNode }) {
  return (
    <li className="flex items-center gap-3">
      <span
        aria-hidden="true"
        className={`flex h-6 w-6 items-center justify-center rounded-full text-xs font-bold ${done ? "bg-green-600 text-white" : "border border-slate-300 text-slate-400"}`}
      >
        {done ? "✓" : ""}
      </span>
      <span>
        {children} <span className="sr-only">{done ? "(done)" : "(to do)"}</span>
      </span>
    </li>
  );
}

export default async function GetStartedPage() {
  const { ctx } = await requirePageContext();
  const overview = await getStartedOverview({ ctx });
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <h1 className="text-3xl font-bold">Welcome, {overview.firstName}</h1>
      <p className="mt-1 text-slate-600">
        Signed in as {overview.userType === "candidate" ? "a candidate" : "staff"} · role{" "}
        <strong>{overview.role}</strong>
      </p>
      <section
        aria-labelledby="steps-heading"
        className="mt-8 rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="steps-heading" className="text-lg font-semibold">
          Your next steps
        </h2>
        <ol className="mt-4 space-y-3">
          <Step done={overview.emailVerified}>Verify your email address</Step>
          <Step done={overview.identityVerified}>
            Have your identity verified
            {overview.identityVerified ? null : (
              <>
                {" — "}
                <Link href="/verification" className="text-brand-700 underline">
                  upload your documents or check their status
                </Link>
              </>
            )}
          </Step>
        </ol>
      </section>
      <section
        aria-labelledby="tour-heading"
        data-testid="tour-card"
        data-locked={overview.tourUnlocked ? "false" : "true"}
        className={`mt-6 rounded-lg border p-6 ${overview.tourUnlocked ? "border-brand-600 bg-brand-50" : "border-dashed border-slate-300 bg-slate-100"}`}
      >
        <h2 id="tour-heading" className="text-lg font-semibold">
          {overview.tourUnlocked ? "Take the tour" : "Tour locked"}
        </h2>
        <p className="mt-2 text-slate-700">
          {overview.tourUnlocked
            ? "See how exams, scores and leaderboards work on this platform."
            : overview.lockedReason}
        </p>
      </section>
    </main>
  );
}
