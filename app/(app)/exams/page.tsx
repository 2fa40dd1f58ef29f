import type { Metadata } from "next";
import Link from "next/link";
import { OpensIn } from "@/components/exam/time-display";
import { LocalTime } from "@/components/ui/local-time";
import { listCandidateExams, type CandidateExamItem } from "@/lib/attempts/candidate-exams";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Exams" };

function ExamCard({ exam, serverNow }: { exam: CandidateExamItem; serverNow: string }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="exam-card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="font-semibold">{exam.title}</h3>
          <p className="text-sm text-slate-600">
            {exam.stage_display} · {exam.countdown_minutes} minutes
          </p>
          {exam.description ? <p className="mt-1 text-sm">{exam.description}</p> : null}
        </div>
        {exam.status === "ongoing" && exam.participation !== "done" ? (
          <Link
            href={`/exams/${exam.id}/take`}
            className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            {exam.participation === "in_progress" ? "Resume" : "Start"}
            <span className="sr-only"> {exam.title}</span>
          </Link>
        ) : null}
      </div>
      <p className="mt-2 text-sm text-slate-700">
        {exam.status === "scheduled" ? (
          <>
            <OpensIn iso={exam.scheduled_date} serverNow={serverNow} /> (
            <LocalTime iso={exam.scheduled_date} />)
          </>
        ) : exam.status === "ongoing" ? (
          exam.participation === "done" ? (
            <Link href={`/exams/${exam.id}/result`} className="text-brand-700 underline">
              Submitted — see your result
            </Link>
          ) : (
            <>
              Closes <LocalTime iso={exam.closes_at} />
            </>
          )
        ) : exam.participation === "done" ? (
          <>
            <span className="font-medium text-green-800">Done</span>
            {exam.score !== null ? (
              <> · Score {exam.score.toFixed(2)}%</>
            ) : (
              " · Awaiting score"
            )} ·{" "}
            <Link href={`/exams/${exam.id}/result`} className="text-brand-700 underline">
              Result
            </Link>
          </>
        ) : (
          <span className="font-medium text-red-800">Missed</span>
        )}
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
  const exams = await listCandidateExams({ ctx });
  const serverNow = ctx.clock.now().toISOString();
  const available = exams.filter((exam) => exam.status !== "concluded");
  const concluded = exams.filter((exam) => exam.status === "concluded").reverse();
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <h1 className="text-3xl font-bold">Exams</h1>
      {!ctx.actor.user.isUserVerified ? (
        <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          Your account must be verified before you can take exams.{" "}
          <Link href="/verification" className="text-brand-700 underline">
            Verification
          </Link>
        </p>
      ) : null}
      <Section
        id="available-heading"
        title="Available exams"
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
