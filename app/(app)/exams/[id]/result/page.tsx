import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExamResultView } from "@/components/exam/exam-result-view";
import { getExamResult } from "@/lib/results/get-exam-result";
import { ApiError } from "@/lib/errors";
import { getRealtime } from "@/lib/realtime";
import { requirePageContext } from "@/app/(app)/page-context";
import { readExamResultAction } from "./actions";

export const metadata: Metadata = { title: "Exam result" };

export default async function ExamResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const { ctx } = await requirePageContext();
  let result: Awaited<ReturnType<typeof getExamResult>>;
  try {
    result = await getExamResult({ ctx, input: { examId: Number(id) } });
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
    <ExamResultView
      initialResult={result}
      userId={ctx.actor.user.id}
      realtime={getRealtime().clientConfig()}
      loadResult={readExamResultAction}
    />
  );
}
