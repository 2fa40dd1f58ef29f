// The staff exam page's frame, shared by its tabs: the title, stage and status, the exam's actions,
// an open exam's window controls, and the tabs (each a route segment: overview, questions,
// scores, analysis, invitations; monitoring comes the same way).
import type { ReactNode } from "react";
import { ExamActions } from "@/components/exam-admin/exam-actions";
import { ExamWindowControls } from "@/components/exam-admin/exam-window-controls";
import { ExamStatusBadge } from "@/components/exam-admin/status-badge";
import { StaffPage } from "@/components/ui/staff-page";
import { can } from "@/lib/auth/require-permission";
import { LinkTabs } from "@/components/ui/tabs";
import { countCandidatesWriting } from "@/lib/exams/count-candidates-writing";
import { stageLabel } from "@/lib/exams/stage-label";
import { pathIdOrNotFound, staffPageContext } from "@/app/(app)/admin/staff-page";
import { examManagementRefusal } from "../../access";
import { examTabs, loadExam } from "./exam-data";

export default async function ExamLayout({
  params,
  children,
}: {
  params: Promise<{ id: string }>;
  children: ReactNode;
}) {
  const id = pathIdOrNotFound((await params).id);
  const page = await staffPageContext("exams:manage", examManagementRefusal);
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;
  const exam = await loadExam(ctx, id);
  const writing =
    exam.status === "ongoing" ? await countCandidatesWriting({ ctx, input: { id } }) : 0;

  return (
    <StaffPage
      width="wide"
      back={{ href: "/admin/exams", label: "All exams" }}
      title={exam.title}
      subtitle={
        <>
          <span>{stageLabel(exam)}</span>
          <span aria-hidden="true">·</span>
          <ExamStatusBadge status={exam.status} testId="exam-status" />
        </>
      }
      actions={<ExamActions examId={exam.id} title={exam.title} />}
    >
      {exam.status === "ongoing" && exam.scheduled_date ? (
        <ExamWindowControls
          examId={exam.id}
          title={exam.title}
          scheduledIso={exam.scheduled_date}
          openDurationHours={exam.open_duration_hours}
          writing={writing}
        />
      ) : null}
      <div className="mt-6">
        <LinkTabs
          label="Exam sections"
          tabs={examTabs(exam.id, {
            invite: can(ctx, "exams:invite"),
            analyse: can(ctx, "analytics:view"),
          })}
        >
          {children}
        </LinkTabs>
      </div>
    </StaffPage>
  );
}
