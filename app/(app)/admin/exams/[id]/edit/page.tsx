import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExamBuilder } from "@/components/exam-admin/exam-builder";
import { NoAccess } from "@/components/ui/no-access";
import { can } from "@/lib/auth/require-permission";
import { appUrl } from "@/lib/env";
import { NotFound } from "@/lib/errors";
import { examDetail } from "@/lib/exams/manage";
import { listExamQuestions } from "@/lib/exams/results";
import { examDetailQuery, examIdParams, examStages } from "@/lib/exams/schemas";
import { requirePageContext } from "@/app/(app)/page-context";
import { loadBank } from "../../builder-data";

export const metadata: Metadata = { title: "Edit exam" };

export default async function EditExamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const parsedId = /^\d+$/.test(rawId) ? examIdParams.safeParse({ id: rawId }) : null;
  if (!parsedId?.success) notFound();
  const id = parsedId.data.id;
  const { ctx } = await requirePageContext();
  if (!can(ctx, "exams:manage")) {
    return (
      <NoAccess
        title="You don't have access to exam management"
        explanation="Exams are edited by verified admins, managers and superadmins."
      />
    );
  }
  let loaded;
  try {
    loaded = await Promise.all([
      examDetail({
        ctx,
        input: { id, query: examDetailQuery.parse({ page_size: "1" }) },
        url: new URL(`/api/v1/exams/${id}/`, appUrl),
      }),
      listExamQuestions({ ctx, input: { id } }),
      loadBank(ctx),
    ]);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
  const [exam, questions, bank] = loaded;
  return (
    <main id="main" className="mx-auto max-w-4xl px-6 py-10">
      <Link href={`/admin/exams/${id}`} className="text-sm text-brand-700 underline">
        ← Back to the exam
      </Link>
      <h1 className="mt-4 text-3xl font-bold">Edit “{exam.title}”</h1>
      <ExamBuilder
        exam={{
          id: exam.id,
          title: exam.title,
          stage: exam.stage,
          level: exam.level,
          description: exam.description,
          scheduled_date: exam.scheduled_date,
          countdown_minutes: exam.countdown_minutes,
          open_duration_hours: exam.open_duration_hours,
          is_active: exam.is_active,
          status: exam.status,
        }}
        stages={examStages}
        initialSelected={questions.map(({ id: questionId, text, difficulty }) => ({
          id: questionId,
          text,
          difficulty,
        }))}
        initialBank={bank}
        serverNow={ctx.clock.now().toISOString()}
      />
    </main>
  );
}
