import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/exam/time-display";
import { LocalTime } from "@/components/ui/local-time";
import { myExamResult } from "@/lib/attempts/candidate-exams";
import { ApiError } from "@/lib/errors";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Exam result" };

const duration = (seconds: number) => {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
};

export default async function ExamResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const { ctx } = await requirePageContext();
  let result: Awaited<ReturnType<typeof myExamResult>>;
  try {
    result = await myExamResult({ ctx, input: { examId: Number(id) } });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    if (error instanceof ApiError && error.status === 403) {
      return (
        <main id="main" className="mx-auto max-w-3xl px-6 py-10">
          <h1 className="text-2xl font-bold">Exam result</h1>
          <p className="mt-2">Only candidates have exam results.</p>
        </main>
      );
    }
    throw error;
  }
  return (
    <main id="main" className="mx-auto max-w-3xl px-6 py-10">
      <p className="text-sm text-slate-600">{result.exam.stage_display}</p>
      <h1 className="text-3xl font-bold">{result.exam.title}</h1>
      <section
        aria-labelledby="result-heading"
        className="mt-6 rounded-lg border border-slate-200 bg-white p-6"
        data-testid="exam-result"
        data-status={result.status}
      >
        <h2 id="result-heading" className="text-lg font-semibold">
          {result.status === "not_submitted" ? "Not submitted" : "Submitted"}
        </h2>
        <div aria-live="polite" role="status">
          {result.status === "scored" ? (
            <p className="mt-2 text-4xl font-bold" data-testid="exam-score">
              {result.score!.toFixed(2)}%
            </p>
          ) : result.status === "scoring" ? (
            <p className="mt-2">Your answers are being scored… this page updates by itself.</p>
          ) : (
            <p className="mt-2">You have not submitted answers for this exam.</p>
          )}
        </div>
        {result.submitted_at ? (
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">Submitted</dt>
            <dd>
              <LocalTime iso={result.submitted_at} />
              {result.submission_kind === "auto" ? " (automatically, when time ran out)" : ""}
            </dd>
            {result.time_used !== null ? (
              <>
                <dt className="text-slate-600">Time used</dt>
                <dd>{duration(result.time_used)}</dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </section>
      {result.status === "scoring" ? <AutoRefresh ms={3000} /> : null}
      <p className="mt-6">
        <Link href="/exams" className="text-brand-700 underline">
          Back to exams
        </Link>
      </p>
    </main>
  );
}
