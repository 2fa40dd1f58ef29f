// The verification state as a badge, with the same words everywhere (person's page, review queue).
import type { VerificationState } from "./types";

type BadgeState = VerificationState | "approved";

const badges: Record<BadgeState, { text: string; className: string }> = {
  email_not_verified: {
    text: "Email not verified",
    className: "border-amber-300 bg-amber-50 text-amber-900",
  },
  not_submitted: {
    text: "Not submitted",
    className: "border-slate-300 bg-slate-100 text-slate-800",
  },
  pending: { text: "Pending review", className: "border-blue-300 bg-blue-50 text-blue-900" },
  verified: { text: "Verified", className: "border-green-300 bg-green-50 text-green-900" },
  approved: { text: "Approved", className: "border-green-300 bg-green-50 text-green-900" },
  rejected: { text: "Rejected", className: "border-red-300 bg-red-50 text-red-900" },
};

export function statusText(state: BadgeState): string {
  return badges[state].text;
}

export function StatusBadge({ state, testId }: { state: BadgeState; testId?: string }) {
  const badge = badges[state];
  return (
    <span
      data-testid={testId}
      data-state={state}
      className={`inline-flex items-center rounded-full border px-3 py-0.5 text-sm font-semibold ${badge.className}`}
    >
      {badge.text}
    </span>
  );
}

/** A timestamp as "22 Nov 2026, 18:05 UTC": UTC on server and browser alike, so both render the same. */
export function formatWhen(iso: string): string {
  return (
    new Date(iso).toLocaleString("en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
    }) + " UTC"
  );
}
