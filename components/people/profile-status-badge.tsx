import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ProfileStatus } from "@/lib/people/status";

const badges: Record<ProfileStatus, { text: string; tone: BadgeTone }> = {
  active: { text: "Active", tone: "green" },
  inactive: { text: "Not verified", tone: "amber" },
  pending: { text: "Email pending", tone: "blue" },
  deactivated: { text: "Deactivated", tone: "slate" },
};

/** The derived profile status (lib/people/status.ts) in words, with colour as a second cue. */
export function ProfileStatusBadge({ status }: { status: ProfileStatus }) {
  const badge = badges[status];
  return (
    <Badge tone={badge.tone} data-status={status}>
      {badge.text}
    </Badge>
  );
}
