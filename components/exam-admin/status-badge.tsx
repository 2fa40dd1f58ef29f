// An exam's computed status (lib/exams/status.ts) in words, with colour as a second cue.
import type { ExamStatus } from "@/lib/exams/status";

const badges: Record<ExamStatus, { text: string; className: string }> = {
  draft: { text: "Draft", className: "border-slate-300 bg-slate-100 text-slate-800" },
  scheduled: { text: "Scheduled", className: "border-blue-300 bg-blue-50 text-blue-900" },
  ongoing: { text: "Ongoing", className: "border-green-300 bg-green-50 text-green-900" },
  concluded: { text: "Concluded", className: "border-violet-300 bg-violet-50 text-violet-900" },
  cancelled: { text: "Cancelled", className: "border-red-300 bg-red-50 text-red-900" },
};

export function ExamStatusBadge({ status, testId }: { status: ExamStatus; testId?: string }) {
  const badge = badges[status];
  return (
    <span
      data-status={status}
      data-testid={testId}
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold ${badge.className}`}
    >
      {badge.text}
    </span>
  );
}
