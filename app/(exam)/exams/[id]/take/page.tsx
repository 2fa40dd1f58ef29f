import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExamHeader } from "@/components/exam/exam-header";
import { ExamStart } from "@/components/exam/exam-start";
import { ExamTaker } from "@/components/exam/exam-taker";
import { ExamBroadcastBanner } from "@/components/notifications/exam-broadcast-banner";
import { getExamStart } from "@/lib/attempts/get-exam-start";
import { takeExam } from "@/lib/attempts/take-exam";
import { ApiError } from "@/lib/errors";
import { getRealtime } from "@/lib/realtime";
import { requirePageContext } from "@/app/(app)/page-context";
import { beginExamAction } from "./actions";
import { refusalText } from "./refusals";

export const metadata: Metadata = { title: "Take exam" };

/**
 * /exams/{id}/take: the start page while the candidate has no attempt (viewing it starts nothing),
 * the questions and the running clock once they have one (a reload or a return resumes at once),
 * or why they cannot take the exam.
 */
export default async function TakeExamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const examId = Number(id);
  const { ctx } = await requirePageContext();
  try {
    const start = await getExamStart({ ctx, input: { examId } });
    if (start.state === "not_started") return <ExamStart start={start} begin={beginExamAction} />;
    const payload = await takeExam({ ctx, input: { examId } });
    return (
      <ExamTaker
        examId={payload.id}
        title={payload.title}
        questions={payload.questions}
        attempt={payload.attempt}
        banner={
          <ExamBroadcastBanner userId={ctx.actor.user.id} realtime={getRealtime().clientConfig()} />
        }
      />
    );
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 404) notFound();
    return <Refusal examId={examId} error={error} />;
  }
}

function Refusal({ examId, error }: { examId: number; error: ApiError }) {
  const submitted = error.code === "exam_already_submitted";
  return (
    <>
      <ExamHeader width="narrow">
        <Link href="/exams" className="text-sm text-brand-700 underline">
          Back to exams
        </Link>
      </ExamHeader>
      <main id="main" className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <section
          aria-labelledby="take-error-heading"
          role="alert"
          data-testid="take-exam-error"
          data-code={error.code}
          className="rounded-lg border border-amber-300 bg-amber-50 p-6"
        >
          <h1 id="take-error-heading" className="text-2xl font-bold">
            {submitted ? "Exam submitted" : "You can't take this exam"}
          </h1>
          <p className="mt-2 text-slate-700">{refusalText(error)}</p>
          <p className="mt-4 flex flex-wrap gap-4">
            {submitted ? (
              <Link href={`/exams/${examId}/result`} className="text-brand-700 underline">
                See your result
              </Link>
            ) : null}
            {error.code === "unverified_candidate" ? (
              <Link href="/verification" className="text-brand-700 underline">
                Go to verification
              </Link>
            ) : null}
            <Link href="/exams" className="text-brand-700 underline">
              Back to exams
            </Link>
          </p>
        </section>
      </main>
    </>
  );
}
