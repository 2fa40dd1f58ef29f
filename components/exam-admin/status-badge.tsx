// An exam's computed status (lib/exams/status.ts) in words, with colour as a second cue.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ExamStatus } from "@/lib/exams/status";

const badges: Record<ExamStatus, { text: string; tone: BadgeTone }> = {
  draft: { text: "Draft", tone: "slate" },
  scheduled: { text: "Scheduled", tone: "blue" },
  ongoing: { text: "Ongoing", tone: "green" },
  concluded: { text: "Concluded", tone: "violet" },
  cancelled: { text: "Cancelled", tone: "red" },
};

export function ExamStatusBadge({ status, testId }: { status: ExamStatus; testId?: string }) {
  const badge = badges[status];
  return (
    <Badge tone={badge.tone} data-status={status} data-testid={testId}>
      {badge.text}
    </Badge>
  );
}
