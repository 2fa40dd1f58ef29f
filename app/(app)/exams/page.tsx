import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { OpensIn } from "@/components/exam/time-display";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { listCandidateExams, type CandidateExamItem } from "@/lib/attempts/candidate-exams";
import { stageLabel } from "@/lib/exams/stage-label";
import { formatMinutes } from "@/lib/time/format-duration";
import { getVerificationStatus } from "@/lib/verification/get-verification-status";
import { type VerificationStatus } from "@/lib/verification/schemas";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Exams" };

/** Why a candidate cannot take exams yet, and what to do about it (null when they can). */
function VerificationNotice({ verification }: { verification: VerificationStatus }) {
  const notices: Record<VerificationStatus["status"], ReactNode> = {
    verified: null,
    email_not_verified: (
      <>
        You can take exams once your email address and your identity are verified. Start by
        verifying your email address with the code we sent you, then{" "}
        <Link href="/verification" className="text-brand-700 underline">
          send your identity documents
        </Link>
        .
      </>
    ),
    not_submitted: (
      <>
        You can take exams once your identity is verified, and you have not sent your documents yet.{" "}
        <Link href="/verification" className="font-medium text-brand-700 underline">
          Upload your documents
        </Link>
        .
      </>
    ),
    pending: (
      <>
        Your documents
        {verification.submitted_at ? (
          <>
            {" "}
            (sent <LocalTime iso={verification.submitted_at} />)
          </>
        ) : null}{" "}
        are waiting for a reviewer. You can take exams as soon as they are approved.{" "}
        <Link href="/verification" className="text-brand-700 underline">
          See your submission
        </Link>
      </>
    ),
    rejected: (
      <>
        Your documents were not accepted
        {verification.rejection_reason ? <>: “{verification.rejection_reason}”</> : ""}. You can
        take exams once your identity is verified.{" "}
        <Link href="/verification" className="font-medium text-brand-700 underline">
          Send new documents
        </Link>
      </>
    ),
  };
  const notice = notices[verification.status];
  if (!notice) return null;
  return (
    <div
      role="status"
      data-testid="exams-verification-notice"
      className="mt-4 rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <p className="font-semibold">You cannot take exams yet</p>
      <p className="mt-1">{notice}</p>
    </div>
  );
}

function ExamAction({ exam }: { exam: CandidateExamItem }) {
  if (!exam.can_take) return null;
  return (
    <Link href={`/exams/${exam.id}/take`} className={buttonClass("primary", "small")}>
      {exam.participation === "in_progress" ? "Resume" : "Start"}
      <span className="sr-only"> {exam.title}</span>
    </Link>
  );
}

function ExamState({ exam, serverNow }: { exam: CandidateExamItem; serverNow: string }) {
  if (exam.status === "scheduled") {
    return (
      <>
        <OpensIn iso={exam.scheduled_date} serverNow={serverNow} /> · opens{" "}
        <LocalTime iso={exam.scheduled_date} withZone /> · closes{" "}
        <LocalTime iso={exam.closes_at} withZone />
      </>
    );
  }
  if (exam.status === "ongoing") {
    if (exam.participation === "done") {
      return (
        <Link href={`/exams/${exam.id}/result`} className="text-brand-700 underline">
          Submitted — see your result
        </Link>
      );
    }
    return (
      <>
        Open now · closes <LocalTime iso={exam.closes_at} withZone />
        {exam.participation === "in_progress" ? " · you have started it" : null}
        {exam.can_take ? null : " · you can start it once your identity is verified"}
      </>
    );
  }
  if (exam.participation === "done") {
    return (
      <>
        <Badge tone="green">Taken</Badge>{" "}
        {exam.score !== null ? <>Score {exam.score.toFixed(2)}%</> : "Waiting for the score"} ·{" "}
        <Link href={`/exams/${exam.id}/result`} className="text-brand-700 underline">
          Your result
        </Link>
      </>
    );
  }
  return (
    <>
      <Badge tone="slate">Not taken</Badge> Closed <LocalTime iso={exam.closes_at} withZone />
    </>
  );
}

function ExamCard({ exam, serverNow }: { exam: CandidateExamItem; serverNow: string }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="exam-card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="font-semibold">{exam.title}</h3>
          <p className="text-sm text-slate-600">
            {stageLabel(exam)} · {formatMinutes(exam.countdown_minutes)} to answer
          </p>
          {exam.description ? <p className="mt-1 text-sm">{exam.description}</p> : null}
        </div>
        <ExamAction exam={exam} />
      </div>
      <p className="mt-2 text-sm text-slate-700">
        <ExamState exam={exam} serverNow={serverNow} />
      </p>
    </li>
  );
}

function Section({
  id,
  title,
  items,
  empty,
  serverNow,
}: {
  id: string;
  title: string;
  items: CandidateExamItem[];
  empty: string;
  serverNow: string;
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {items.map((exam) => (
            <ExamCard key={exam.id} exam={exam} serverNow={serverNow} />
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function ExamsPage() {
  const { ctx } = await requirePageContext();
  if (ctx.actor.user.userType !== "candidate") {
    return (
      <main id="main" className="mx-auto max-w-5xl px-6 py-10">
        <h1 className="text-3xl font-bold">Exams</h1>
        <p className="mt-4 text-slate-700">
          This page lists exams for candidates. Staff manage exams from the admin area.
        </p>
      </main>
    );
  }
  const [exams, verification] = await Promise.all([
    listCandidateExams({ ctx }),
    getVerificationStatus({ ctx, input: { userId: ctx.actor.user.id } }),
  ]);
  const serverNow = ctx.clock.now().toISOString();
  const available = exams.filter((exam) => exam.status !== "concluded");
  const concluded = exams.filter((exam) => exam.status === "concluded").reverse();
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <h1 className="text-3xl font-bold">Exams</h1>
      <p className="mt-1 text-sm text-slate-600">
        Times are shown in your time zone. Each exam is open for a window; once you start, its own
        time limit runs on the server&apos;s clock.
      </p>
      <VerificationNotice verification={verification} />
      <Section
        id="available-heading"
        title="Open and upcoming"
        items={available}
        empty="No exams are scheduled for your stage right now."
        serverNow={serverNow}
      />
      <Section
        id="concluded-heading"
        title="Past exams"
        items={concluded}
        empty="No past exams yet."
        serverNow={serverNow}
      />
    </main>
  );
}
