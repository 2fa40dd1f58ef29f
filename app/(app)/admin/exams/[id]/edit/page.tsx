import type { Metadata } from "next";
import { StaffPage } from "@/components/ui/staff-page";
import { ExamBuilder } from "@/components/exam-admin/exam-builder";
import { pageView } from "@/lib/http/pagination";
import { examDetail } from "@/lib/exams/get-exam";
import { listExamQuestions } from "@/lib/exams/list-exam-questions";
import { examDetailQuery, examStages } from "@/lib/exams/schemas";
import { orNotFound, pathIdOrNotFound, staffPageContext } from "@/app/(app)/admin/staff-page";
import { examManagementRefusal } from "../../access";
import { loadBank } from "../../builder-data";

export const metadata: Metadata = { title: "Edit exam" };

export default async function EditExamPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pathIdOrNotFound((await params).id);
  const page = await staffPageContext("exams:manage", {
    ...examManagementRefusal,
    explanation: "Exams are edited by verified admins, managers and superadmins.",
  });
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;
  const [exam, questions, bank] = await orNotFound(
    Promise.all([
      examDetail({
        ctx,
        input: { id, query: examDetailQuery.parse({ page_size: "1" }) },
      }).then((detail) => ({ ...detail, questions: pageView(detail.questions) })),
      listExamQuestions({ ctx, input: { id } }),
      loadBank(ctx),
    ]),
  );
  return (
    <StaffPage
      title={`Edit “${exam.title}”`}
      width="medium"
      back={{ href: `/admin/exams/${id}`, label: "Back to the exam" }}
    >
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
    </StaffPage>
  );
}
