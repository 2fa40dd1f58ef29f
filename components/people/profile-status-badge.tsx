import type { ProfileStatus } from "@/lib/people/status";

const badges: Record<ProfileStatus, { text: string; className: string }> = {
  active: { text: "Active", className: "border-green-300 bg-green-50 text-green-900" },
  inactive: { text: "Not verified", className: "border-amber-300 bg-amber-50 text-amber-900" },
  pending: { text: "Email pending", className: "border-blue-300 bg-blue-50 text-blue-900" },
  deactivated: { text: "Deactivated", className: "border-slate-300 bg-slate-100 text-slate-700" },
};

/** The derived profile status (lib/people/status.ts) in words, with colour as a second cue. */
export function ProfileStatusBadge({ status }: { status: ProfileStatus }) {
  const badge = badges[status];
  return (
    <span
      data-status={status}
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold ${badge.className}`}
    >
      {badge.text}
    </span>
  );
}
