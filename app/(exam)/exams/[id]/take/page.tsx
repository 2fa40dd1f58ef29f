import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExamTaker } from "@/components/exam/exam-taker";
import { takeExam } from "@/lib/attempts/take-exam";
import { ApiError } from "@/lib/errors";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Take exam" };

const reasons: Record<string, string> = {
  unverified_candidate: "Your account has to be verified before you can take exams.",
  exam_not_eligible: "This exam is for a different stage of the competition than yours.",
  exam_not_open: "This exam is not open right now. Check when it opens on the exams page.",
  exam_has_no_questions: "This exam has no questions yet. Please try again later.",
  exam_already_submitted: "You have already submitted this exam.",
};

export default async function TakeExamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const examId = Number(id);
  const { ctx } = await requirePageContext();
  let payload: Awaited<ReturnType<typeof takeExam>>;
  try {
    payload = await takeExam({ ctx, input: { examId } });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 404) notFound();
    const submitted = error.code === "exam_already_submitted";
    return (
      <main id="main" className="mx-auto max-w-3xl px-6 py-10">
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
          <p className="mt-2 text-slate-700">{reasons[error.code] ?? error.message}</p>
          <p className="mt-4 flex gap-4">
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
    );
  }
  return (
    <ExamTaker
      examId={payload.id}
      title={payload.title}
      questions={payload.questions}
      attempt={payload.attempt}
    />
  );
}
