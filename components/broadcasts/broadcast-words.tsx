// A broadcast's status, audience and mediums in words people read, with colour as a second cue.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { roleLabel } from "@/lib/auth/roles";
import type { broadcastStatuses } from "@/lib/broadcasts/schemas";

export type BroadcastStatus = (typeof broadcastStatuses)[number];

const badges: Record<BroadcastStatus, { text: string; tone: BadgeTone }> = {
  pending: { text: "Waiting to send", tone: "slate" },
  sending: { text: "Sending", tone: "blue" },
  sent: { text: "Sent", tone: "green" },
  partially_failed: { text: "Partly failed", tone: "amber" },
  failed: { text: "Failed", tone: "red" },
};

export function BroadcastStatusBadge({ status }: { status: BroadcastStatus }) {
  const badge = badges[status];
  return (
    <Badge tone={badge.tone} data-status={status} data-testid="broadcast-status">
      {badge.text}
    </Badge>
  );
}

const mediumWords: Record<string, string> = { platform: "Notification", email: "Email" };

export const mediumLabel = (medium: string) => mediumWords[medium] ?? medium;

export const mediumsLabel = (mediums: string[]) => mediums.map(mediumLabel).join(" and ");

/** "League and final candidates · Moderators" */
export function audienceLabel(targets: { staff?: string[]; candidate?: string[] }): string {
  const group = (roles: string[] | undefined, people: string) =>
    roles?.length ? `${roles.map(roleLabel).join(", ")} ${people}` : null;
  return (
    [group(targets.candidate, "candidates"), group(targets.staff, "staff")]
      .filter(Boolean)
      .join(" · ") || "Nobody"
  );
}

/** "League candidates", "Moderator staff": one receipt group's people. */
export const roleGroupLabel = (roleType: string, role: string) =>
  `${roleLabel(role)} ${roleType === "staff" ? "staff" : "candidates"}`;
