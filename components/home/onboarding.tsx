// The pieces of a person's home that Get started and the dashboards share: the next steps until
// email and identity are verified, the tour card, and the staff pages the person's role opens.
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import type { GetStartedOverview } from "@/lib/accounts/get-started";
import type { NavItem } from "@/lib/navigation";
import type { VerificationStatus } from "@/lib/verification/schemas";

// What each staff page is for, in a line (the cards of the staff home).
const staffPageText: Record<string, string> = {
  "/admin/candidates": "Find candidates, see their details and move them between stages.",
  "/admin/staff": "See the staff and their roles; invite new staff members.",
  "/admin/users": "Everyone on the platform, with counts and a chart.",
  "/admin/verifications": "Review identity documents and approve or reject them.",
  "/admin/questions": "Write, import and archive the questions exams are built from.",
  "/admin/exams": "Build and schedule exams, watch them run and see the results.",
};

export function Step({ done, children }: { done: boolean; children: ReactNode }) {
  return (
    <li className="flex items-center gap-3">
      <span
        aria-hidden="true"
        className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${done ? "bg-green-600 text-white" : "border border-slate-300 text-slate-400"}`}
      >
        {done ? "✓" : ""}
      </span>
      <span>
        {children} <span className="sr-only">{done ? "(done)" : "(to do)"}</span>
      </span>
    </li>
  );
}

function identityStep(verification: VerificationStatus): ReactNode {
  const link = (text: string) => (
    <>
      {" — "}
      <Link href="/verification" className="text-brand-700 underline">
        {text}
      </Link>
    </>
  );
  switch (verification.status) {
    case "verified":
      return null;
    case "pending":
      return link("your documents are waiting for a reviewer");
    case "rejected":
      return link("your documents were not accepted: send new ones");
    default:
      return link("upload your documents");
  }
}

/** Email, identity, and (for candidates) `children`: the steps before the platform opens. */
export function Steps({
  overview,
  verification,
  children,
}: {
  overview: GetStartedOverview;
  verification: VerificationStatus;
  children?: ReactNode;
}) {
  return (
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
          {identityStep(verification)}
        </Step>
        {children}
      </ol>
    </section>
  );
}

export function TourCard({ overview }: { overview: GetStartedOverview }) {
  return (
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
          ? overview.userType === "candidate"
            ? "A short walk through how exams, the clock, your answers and your results work here."
            : "A short walk through how the competition is run: people, questions, exams and results."
          : overview.lockedReason}
      </p>
      {overview.tourUnlocked ? (
        <Link href="/get-started/tour" className={`mt-4 ${buttonClass("primary", "small")}`}>
          Start the tour
        </Link>
      ) : null}
    </section>
  );
}

/** The staff pages `pages` (the person's navigation) as cards saying what each is for. */
export function StaffTools({
  pages,
  emptyText,
}: {
  pages: NavItem[];
  /** Why there is nothing to show, when `pages` is empty. */
  emptyText: string;
}) {
  return (
    <section aria-labelledby="tools-heading" className="mt-8">
      <h2 id="tools-heading" className="text-lg font-semibold">
        What you can do
      </h2>
      {pages.length > 0 ? (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {pages.map((page) => (
            <li key={page.href}>
              <Link
                href={page.href}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="font-semibold text-brand-700">{page.label}</span>
                <span className="mt-1 block text-sm text-slate-700">
                  {staffPageText[page.href] ?? ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-700" data-testid="no-staff-pages">
          {emptyText}
        </p>
      )}
    </section>
  );
}

/** "Welcome, Ada" and the person's type and role, at the top of their home. */
export function HomeHeading({ overview }: { overview: GetStartedOverview }) {
  return (
    <>
      <h1 className="text-3xl font-bold">Welcome, {overview.firstName}</h1>
      <p className="mt-1 text-slate-600">
        {overview.userType === "staff" ? "Staff" : "Candidate"} ·{" "}
        {overview.userType === "staff" || overview.role === "winner" ? (
          <strong>{overview.roleLabel}</strong>
        ) : (
          <>
            <strong>{overview.roleLabel}</strong> stage
          </>
        )}
      </p>
    </>
  );
}

/** A candidate's steps: email, identity, then their exams. */
export function CandidateSteps({
  overview,
  verification,
}: {
  overview: GetStartedOverview;
  verification: VerificationStatus;
}) {
  const ready = overview.emailVerified && overview.identityVerified;
  return (
    <Steps overview={overview} verification={verification}>
      <Step done={false}>
        Take your exams
        {ready ? (
          <>
            {" — "}
            <Link href="/exams" className="text-brand-700 underline">
              see what is open and coming up
            </Link>
          </>
        ) : (
          " — once your identity is verified"
        )}
      </Step>
    </Steps>
  );
}
