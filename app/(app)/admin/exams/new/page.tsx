import type { Metadata } from "next";
import Link from "next/link";
import { ExamBuilder } from "@/components/exam-admin/exam-builder";
import { NoAccess } from "@/components/ui/no-access";
import { can } from "@/lib/auth/require-permission";
import { examStages } from "@/lib/exams/schemas";
import { requirePageContext } from "@/app/(app)/page-context";
import { loadBank } from "../builder-data";

export const metadata: Metadata = { title: "New exam" };

export default async function NewExamPage() {
  const { ctx } = await requirePageContext();
  if (!can(ctx, "exams:manage")) {
    return (
      <NoAccess
        title="You don't have access to exam management"
        explanation="Exams are created by verified admins, managers and superadmins."
      />
    );
  }
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
