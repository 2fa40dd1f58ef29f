"use client";
// The candidate's result on one exam. The server renders the first view; afterwards the result is
// a TanStack query that realtime invalidates when the score is recorded (push-score-recorded), so
// "awaiting scoring" turns into the score without polling. Only while the realtime connection is
// down does the query fall back to a slow refetch. When the exam sends candidates on to an
// integrator (result_redirect_url), the "Continue to …" link carries a 15-minute result token, so
// the result is read again before the token runs out.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRealtime, type RealtimeConnectionState } from "@/components/realtime/use-realtime";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import type { ExamResult, ExamResultStatus } from "@/lib/results/get-exam-result";
import { stageLabel } from "@/lib/exams/stage-label";
import { userRealtimeChannel } from "@/lib/realtime/channels";
import type { RealtimeClientConfig } from "@/lib/realtime/realtime-port";
import { formatSeconds } from "@/lib/time/format-duration";
import { ResultReview } from "./result-review";
import { examResultKeys } from "./result-query-keys";

/** How often the result is refetched while it is pending and realtime is unreachable. */
const FALLBACK_REFETCH_MS = 30_000;
/** How long a "Continue to …" link is shown before a fresh one is fetched (its token lasts 15). */
const CONTINUE_LINK_FRESH_MS = 12 * 60_000;

const statusWords: Record<ExamResultStatus, { label: string; tone: BadgeTone }> = {
  scored: { label: "Scored", tone: "green" },
  awaiting_scoring: { label: "Awaiting scoring", tone: "amber" },
  scored_by_staff: { label: "Scored by staff", tone: "violet" },
  not_submitted: { label: "Not submitted", tone: "slate" },
};

/** Still waiting for a score (or for the attempt to be closed): what realtime is awaited for. */
function isPending(result: ExamResult): boolean {
  return result.status === "awaiting_scoring" || result.review_unavailable === "attempt_open";
}

export function ExamResultView({
  initialResult,
  userId,
  realtime,
  loadResult,
}: {
  initialResult: ExamResult;
  userId: string;
  realtime: RealtimeClientConfig | null;
  loadResult: (examId: number) => Promise<ExamResult>;
}) {
  const examId = initialResult.exam.id;
  const queryKey = examResultKeys.detail(examId);
  // Before the query: its refetchInterval reads the connection (declared first, so it is never
  // read before it exists).
  const connection: RealtimeConnectionState = useRealtime({
    config: realtime,
    channel: userRealtimeChannel(userId),
    invalidate: {
      score_recorded: (event) => (event.examId === examId ? [queryKey] : []),
    },
    // A score recorded between the server's render and the subscription would otherwise be missed.
    resync: isPending(initialResult) ? [queryKey] : [],
  });
  const { data: result } = useQuery<ExamResult>({
    queryKey,
    queryFn: () => loadResult(examId),
    initialData: initialResult,
    // Fresh until realtime (or the fallback below) says otherwise; a continue link until shortly
    // before its token expires (then a returning tab refetches on focus).
    staleTime: (query) => (query.state.data?.continue_to ? CONTINUE_LINK_FRESH_MS : Infinity),
    refetchOnWindowFocus: true,
    // Dropped when the page unmounts, so the next visit starts from the server's fresh render.
    gcTime: 0,
    refetchInterval: (query): number | false => {
      const data = query.state.data;
      if (data && isPending(data) && connection !== "connected") return FALLBACK_REFETCH_MS;
      return data?.continue_to ? CONTINUE_LINK_FRESH_MS : false;
    },
  });
  const { exam, status } = result;
  const words = statusWords[status];
  const hasScore = result.score !== null;
  return (
    <main
      id="main"
      className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10"
      data-realtime={connection}
    >
      <p className="text-sm text-slate-600">{stageLabel(exam)}</p>
      <h1 className="text-3xl font-bold">{exam.title}</h1>

      <section
        aria-labelledby="result-heading"
        className="mt-6 rounded-lg border border-slate-200 bg-white p-5 sm:p-6"
        data-testid="exam-result"
        data-status={status}
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="result-heading" className="text-lg font-semibold">
            Your result
          </h2>
          <Badge tone={words.tone} size="large" data-testid="result-status">
            {words.label}
          </Badge>
        </div>
        <div aria-live="polite" role="status">
          {hasScore ? (
            <p className="mt-3 text-4xl font-bold" data-testid="exam-score">
              {result.score!.toFixed(2)}%
            </p>
          ) : null}
          {status === "scored_by_staff" ? (
            <p className="mt-2 text-slate-700">This score was entered by the exam staff.</p>
          ) : status === "awaiting_scoring" ? (
            <p className="mt-2">Your answers are being scored… this page updates by itself.</p>
          ) : status === "not_submitted" ? (
            <p className="mt-2">You have not submitted answers for this exam.</p>
          ) : null}
        </div>
        {result.continue_to ? (
          <p className="mt-4">
            <a
              href={result.continue_to.href}
              className={buttonClass("primary")}
              data-testid="result-continue"
            >
              Continue to {result.continue_to.host}
            </a>
          </p>
        ) : null}
        {result.attempt_open && exam.status === "ongoing" ? (
          <p className="mt-3">
            <Link href={`/exams/${exam.id}/take`} className="text-brand-700 underline">
              Return to the exam
            </Link>
          </p>
        ) : null}
        {result.correct !== null || result.time_used !== null || result.submitted_at ? (
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            {result.correct !== null && result.total !== null ? (
              <>
                <dt className="text-slate-600">Correct answers</dt>
                <dd data-testid="result-correct">
                  {result.correct} of {result.total}
                </dd>
              </>
            ) : null}
            {result.time_used !== null ? (
              <>
                <dt className="text-slate-600">Time used</dt>
                <dd data-testid="result-time-used">{formatSeconds(result.time_used)}</dd>
              </>
            ) : null}
            {result.submitted_at ? (
              <>
                <dt className="text-slate-600">Submitted</dt>
                <dd>
                  <LocalTime iso={result.submitted_at} />
                  {result.submission_kind === "auto" ? " (automatically, when time ran out)" : ""}
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </section>

      {result.review ? (
        <section aria-labelledby="review-heading" className="mt-8" data-testid="result-review">
          <h2 id="review-heading" className="text-xl font-semibold">
            Review of your answers
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {result.review.filter((item) => item.is_correct).length} of {result.review.length}{" "}
            correct against the answer key.
          </p>
          <ResultReview review={result.review} />
        </section>
      ) : result.review_unavailable === "exam_not_concluded" && status !== "not_submitted" ? (
        <p className="mt-6 text-slate-700" data-testid="review-later">
          The review of each question against the answer key opens when the exam closes
          {exam.closes_at ? (
            <>
              , at <LocalTime iso={exam.closes_at} withZone />
            </>
          ) : null}
          .
        </p>
      ) : result.review_unavailable === "attempt_open" ? (
        <p className="mt-6 text-slate-700" data-testid="review-later">
          The exam has closed and your answers are being submitted; the review appears here shortly.
        </p>
      ) : result.review_unavailable === "no_attempt" && hasScore ? (
        <p className="mt-6 text-slate-700" data-testid="review-none">
          There is no question-by-question review: you did not take this exam online.
        </p>
      ) : null}

      <p className="mt-6">
        <Link href="/exams" className="text-brand-700 underline">
          Back to exams
        </Link>
      </p>
    </main>
  );
}
