import type { Metadata } from "next";
import Link from "next/link";
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
    <main id="main" className="mx-auto max-w-4xl px-6 py-10">
      <Link href="/admin/exams" className="text-sm text-brand-700 underline">
        ← All exams
      </Link>
      <h1 className="mt-4 text-3xl font-bold">New exam</h1>
      <ExamBuilder
        stages={examStages}
        initialSelected={[]}
        initialBank={bank}
        serverNow={ctx.clock.now().toISOString()}
      />
    </main>
  );
}
