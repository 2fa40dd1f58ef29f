// The verification state as a badge, with the same words everywhere (person's page, review queue).
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { VerificationState } from "./types";

type BadgeState = VerificationState | "approved";

const badges: Record<BadgeState, { text: string; tone: BadgeTone }> = {
  email_not_verified: { text: "Email not verified", tone: "amber" },
  not_submitted: { text: "Not submitted", tone: "slate" },
  pending: { text: "Pending review", tone: "blue" },
  verified: { text: "Verified", tone: "green" },
  approved: { text: "Approved", tone: "green" },
  rejected: { text: "Rejected", tone: "red" },
};

export function statusText(state: BadgeState): string {
  return badges[state].text;
}

export function StatusBadge({ state, testId }: { state: BadgeState; testId?: string }) {
  const badge = badges[state];
  return (
    <Badge tone={badge.tone} size="large" data-testid={testId} data-state={state}>
      {badge.text}
    </Badge>
  );
}
