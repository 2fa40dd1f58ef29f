import type { Metadata } from "next";
import { StaffPage } from "@/components/ui/staff-page";
import { ExamBuilder } from "@/components/exam-admin/exam-builder";
import { examStages } from "@/lib/exams/schemas";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { examManagementRefusal } from "../access";
import { loadBank } from "../builder-data";

export const metadata: Metadata = { title: "New exam" };

export default async function NewExamPage() {
  const page = await staffPageContext("exams:manage", {
    ...examManagementRefusal,
    explanation: "Exams are created by verified admins, managers and superadmins.",
  });
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;
  const bank = await loadBank(ctx);
  return (
    <StaffPage title="New exam" width="medium" back={{ href: "/admin/exams", label: "All exams" }}>
      <ExamBuilder
        stages={examStages}
        initialSelected={[]}
        initialBank={bank}
        serverNow={ctx.clock.now().toISOString()}
      />
    </StaffPage>
  );
}
