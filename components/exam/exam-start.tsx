"use client";
// The start page: what the exam is, how long it takes, until when it is open, what is recorded,
// and Begin. Nothing is timed until Begin; then the take page shows the questions.
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { LocalTime } from "@/components/ui/local-time";
import type { ExamStart as ExamStartData } from "@/lib/attempts/get-exam-start";
import { stageLabel } from "@/lib/exams/stage-label";
import { formatMinutes, formatSeconds } from "@/lib/time/format-duration";
import { ExamHeader } from "./exam-header";

type NotStarted = Extract<ExamStartData, { state: "not_started" }>;
type BeginAction = (previous: { error?: string }, form: FormData) => Promise<{ error?: string }>;

export function ExamStart({ start, begin }: { start: NotStarted; begin: BeginAction }) {
  const [state, action, pending] = useActionState(begin, {});
  const { exam } = start;
  const fullTime = exam.countdown_minutes * 60;
  const cutShort = start.seconds_if_begun_now < fullTime;
  return (
    <>
      <ExamHeader title={exam.title} width="narrow">
        <Link href="/exams" className="text-sm text-brand-700 underline">
          Back to exams
        </Link>
      </ExamHeader>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <p className="text-sm text-slate-600">{stageLabel(exam)}</p>
        <h1 className="text-3xl font-bold">{exam.title}</h1>
        {exam.description ? <p className="mt-2 text-slate-700">{exam.description}</p> : null}

        <section
          aria-labelledby="exam-facts-heading"
          className="mt-6 rounded-lg border border-slate-200 bg-white p-5 sm:p-6"
        >
          <h2 id="exam-facts-heading" className="sr-only">
            About this exam
          </h2>
          <dl
            className="grid gap-4 sm:grid-cols-[auto_1fr] sm:gap-x-6 sm:gap-y-3"
            data-testid="exam-facts"
          >
            <div className="sm:contents">
              <dt className="text-sm font-medium text-slate-600 sm:text-base">Questions</dt>
              <dd data-testid="exam-question-count">{start.question_count}</dd>
            </div>
            <div className="sm:contents">
              <dt className="text-sm font-medium text-slate-600 sm:text-base">Time allowed</dt>
              <dd data-testid="exam-time-allowed">
                {formatMinutes(exam.countdown_minutes)}, counted from when you press Begin
                {cutShort ? (
                  <p className="mt-1 text-sm text-amber-900" data-testid="exam-time-cut-short">
                    The exam closes before that time would run out: if you begin now, you have{" "}
                    {formatSeconds(start.seconds_if_begun_now)}.
                  </p>
                ) : null}
              </dd>
            </div>
            <div className="sm:contents">
              <dt className="text-sm font-medium text-slate-600 sm:text-base">Open until</dt>
              <dd data-testid="exam-closes-at">
                <LocalTime iso={exam.closes_at} withZone />
              </dd>
            </div>
          </dl>
        </section>

        <section
          aria-labelledby="recorded-heading"
          className="mt-6 rounded-lg border border-slate-200 bg-white p-5 sm:p-6"
        >
          <h2 id="recorded-heading" className="text-lg font-semibold">
            What is recorded during the attempt
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
            <li>The moment you press Begin: your time runs from then.</li>
            <li>Each answer you choose, and when it was saved. Changing an answer replaces it.</li>
            <li>
              When you submit, or that your saved answers were submitted automatically when time ran
              out.
            </li>
            <li>Your score and the time you used, once your answers are marked.</li>
          </ul>
          <p className="mt-3 text-sm text-slate-600">
            Nothing is recorded from your camera, microphone or screen. Questions you flag for
            review are a reminder on this device only.
          </p>
        </section>

        <section
          aria-labelledby="how-heading"
          className="mt-6 rounded-lg border border-slate-200 bg-white p-5 sm:p-6"
        >
          <h2 id="how-heading" className="text-lg font-semibold">
            Before you begin
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
            <li>Answers are saved as you choose them, and kept if the connection drops.</li>
            <li>
              The clock does not stop if you leave or close the page; you can come back until your
              time ends.
            </li>
            <li>When time runs out, your saved answers are submitted for you.</li>
          </ul>
        </section>

        <form action={action} className="mt-8 flex flex-col gap-3 sm:flex-row sm:items-center">
          <input type="hidden" name="exam_id" value={exam.id} />
          <Button type="submit" tone="primary" disabled={pending} className="px-8 py-3 text-lg">
            {pending ? "Starting…" : "Begin"}
          </Button>
          <p className="text-sm text-slate-600">The clock starts when you press Begin.</p>
        </form>
        <div className="mt-3">
          <FormStatus id="begin-status" error={state.error} errorTestId="begin-error" />
        </div>
      </main>
    </>
  );
}
