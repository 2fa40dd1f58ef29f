import { Badge, type BadgeTone } from "@/components/ui/badge";
import { profileStatusLabels, type ProfileStatus } from "@/lib/people/status";

const tones: Record<ProfileStatus, BadgeTone> = {
  active: "green",
  inactive: "amber",
  pending: "blue",
  deactivated: "slate",
};

/** A person's state (lib/people/status.ts) in the platform's words, with colour as a second cue. */
export function ProfileStatusBadge({ status }: { status: ProfileStatus }) {
  return (
    <Badge tone={tones[status]} data-status={status}>
      {profileStatusLabels[status]}
    </Badge>
  );
}
