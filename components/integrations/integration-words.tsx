// The words staff read about keys and webhooks: scopes and events in plain language, and the
// delivery statuses as badges.
import { Badge, type BadgeTone } from "@/components/ui/badge";

export const scopeWords: Record<string, { label: string; hint: string }> = {
  "assessments:read": { label: "Read exams", hint: "List published exams and their schedules." },
  "candidates:read": {
    label: "Read candidates",
    hint: "List candidates, their invitations, attempts and scores.",
  },
  "candidates:write": { label: "Invite candidates", hint: "Invite people to exams by email." },
  "results:read": { label: "Read results", hint: "Exchange a result token for the result." },
};

export const scopesLabel = (scopes: string[]) =>
  scopes.length === 0 ? "No access" : scopes.map((s) => scopeWords[s]?.label ?? s).join(", ");

export const eventWords: Record<string, { label: string; hint: string }> = {
  "attempt.submitted": {
    label: "Attempt submitted",
    hint: "A candidate submitted an exam, or the clock did.",
  },
  "score.recorded": {
    label: "Score recorded",
    hint: "A score was recorded or changed; carries a result token.",
  },
  "leaderboard.published": {
    label: "Leaderboard published",
    hint: "Staff published leaderboards.",
  },
  "candidate.registered": {
    label: "Candidate registered",
    hint: "A candidate account was created (registration or invitation).",
  },
  "webhook.test": { label: "Test event", hint: "Sent from this page." },
};

export const eventLabel = (event: string) => eventWords[event]?.label ?? event;

/**
 * What a refused form says above its buttons: when fields are marked, to put them right (the
 * server's own sentence, "Invalid request body.", is for API callers); else the refusal itself.
 */
export const formErrorWords = (failure: { error?: string; errors?: Record<string, string[]> }) =>
  failure.errors && Object.keys(failure.errors).length > 0
    ? "Put right what is marked above, then try again."
    : failure.error;

const deliveryTone: Record<string, [BadgeTone, string]> = {
  pending: ["blue", "Trying"],
  succeeded: ["green", "Succeeded"],
  failed: ["red", "Failed"],
  cancelled: ["slate", "Stopped"],
};

export function DeliveryStatusBadge({ status }: { status: string }) {
  const [tone, label] = deliveryTone[status] ?? ["slate", status];
  return (
    <Badge tone={tone} data-status={status}>
      {label}
    </Badge>
  );
}

export function OnOffBadge({ on }: { on: boolean }) {
  return <Badge tone={on ? "green" : "slate"}>{on ? "On" : "Off"}</Badge>;
}
