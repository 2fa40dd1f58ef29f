"use client";
// The review queue's interactive part: the cards with their Approve / Reject controls and one
// polite live region that says what happened. The actions are server actions; their
// revalidation re-renders the page, so a decided request leaves the Pending list by itself
// while this component (and its message) stays.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import {
  approveVerificationAction,
  rejectVerificationAction,
  type ReviewOutcome,
} from "@/app/(app)/admin/verifications/actions";
import { DocumentViewer } from "./document-viewer";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LocalTime } from "@/components/ui/local-time";
import { StatusBadge } from "./status-badge";
import type { QueueEntry } from "./types";
import { documentTypes } from "./upload-rules";
import { useHydrated } from "./use-hydrated";

const reasonLimit = 500;

function RejectForm({
  personName,
  busy,
  onCancel,
  onConfirm,
}: {
  personName: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const [reason, setReason] = useState("");
  const textareaId = useId();
  const countId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textareaRef.current?.focus(), []);
  return (
    <form
      className="mt-3 space-y-2 rounded border border-red-200 bg-red-50 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(reason);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <label htmlFor={textareaId} className="block text-sm font-medium">
        Reason for rejecting {personName} (optional)
      </label>
      <textarea
        ref={textareaRef}
        id={textareaId}
        value={reason}
        maxLength={reasonLimit}
        rows={3}
        aria-describedby={countId}
        onChange={(event) => setReason(event.target.value)}
        className="w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm"
      />
      <p id={countId} className="text-xs text-slate-600">
        {reason.length}/{reasonLimit} characters. The person sees this reason.
      </p>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60"
        >
          {busy ? "Working…" : "Confirm rejection"}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

function ReviewCard({
  entry,
  viewerId,
  onOutcome,
}: {
  entry: QueueEntry;
  viewerId: string;
  onOutcome: (outcome: ReviewOutcome) => void;
}) {
  const { item, documents } = entry;
  const name = `${item.user.first_name} ${item.user.last_name}`.trim() || item.user.email;
  const headingId = useId();
  const rejectPanelId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();
  const rejectButtonRef = useRef<HTMLButtonElement>(null);
  const ownRequest = item.user.id === viewerId;
  const hydrated = useHydrated();

  function run(action: () => Promise<ReviewOutcome>, settled?: () => void) {
    setError(null);
    startTransition(async () => {
      const outcome = await action();
      if (outcome.ok) setRejecting(false);
      else setError(outcome.error);
      onOutcome(outcome);
      settled?.();
    });
  }

  return (
    <article
      aria-labelledby={headingId}
      data-testid="verification-card"
      data-status={item.status}
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-lg font-semibold">
            {name}
          </h3>
          <p className="text-sm text-slate-700">{item.user.email}</p>
          <p className="text-sm text-slate-600">
            {item.user.profile_type === "candidate" ? "Candidate" : "Staff"} · role{" "}
            <strong>{item.user.role}</strong> · submitted <LocalTime iso={item.submitted_at} />
          </p>
          {item.reviewed_at ? (
            <p className="text-sm text-slate-600">
              Reviewed <LocalTime iso={item.reviewed_at} />
              {item.reviewed_by ? ` by ${item.reviewed_by.name}` : ""}
            </p>
          ) : null}
        </div>
        <StatusBadge state={item.status} />
      </div>
      {item.status === "rejected" ? (
        <p className="mt-2 text-sm text-red-900">
          <strong>Reason:</strong> {item.rejection_reason || "No reason was given."}
        </p>
      ) : null}

      <div className="mt-4 grid gap-3 md:grid-cols-3">
        {documentTypes.map((type) => (
          <DocumentViewer key={type} type={type} view={documents[type]} personName={name} />
        ))}
      </div>

      {error ? (
        <p
          role="alert"
          className="mt-3 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}

      {ownRequest ? (
        <p className="mt-4 text-sm text-slate-600">
          This is your own request: another reviewer has to decide it.
        </p>
      ) : (
        <div className="mt-4">
          <div className="flex flex-wrap gap-2">
            {item.status !== "approved" ? (
              <ConfirmDialog
                title={`Approve the verification of ${name}?`}
                description={
                  item.user.profile_type === "candidate"
                    ? `${name} becomes identity-verified and can take the exams of their stage. They are told by email.`
                    : `${name} becomes identity-verified and gets the permissions of their role (${item.user.role}). They are told by email.`
                }
                confirmLabel="Approve"
                onConfirm={() =>
                  new Promise<void>((resolve) =>
                    run(() => approveVerificationAction(item.id), resolve),
                  )
                }
                trigger={
                  <button
                    type="button"
                    disabled={busy || !hydrated}
                    className="rounded bg-green-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-green-800 disabled:opacity-60"
                  >
                    {busy && !rejecting ? "Working…" : "Approve"}
                  </button>
                }
              />
            ) : null}
            {item.status !== "rejected" ? (
              <button
                ref={rejectButtonRef}
                type="button"
                disabled={busy || !hydrated}
                aria-expanded={rejecting}
                aria-controls={rejectPanelId}
                onClick={() => setRejecting((open) => !open)}
                className="rounded border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
              >
                Reject
              </button>
            ) : null}
          </div>
          <div id={rejectPanelId}>
            {rejecting ? (
              <RejectForm
                personName={name}
                busy={busy}
                onCancel={() => {
                  setRejecting(false);
                  rejectButtonRef.current?.focus();
                }}
                onConfirm={(reason) => run(() => rejectVerificationAction(item.id, reason))}
              />
            ) : null}
          </div>
        </div>
      )}
    </article>
  );
}

export function ReviewQueue({
  entries,
  viewerId,
  emptyText,
  refreshInMs,
}: {
  entries: QueueEntry[];
  viewerId: string;
  emptyText: string;
  refreshInMs: number | null;
}) {
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const regionRef = useRef<HTMLDivElement>(null);

  // Document links are signed for a few minutes: fetch fresh ones before they run out.
  useEffect(() => {
    if (refreshInMs === null) return;
    const timer = window.setTimeout(() => router.refresh(), refreshInMs);
    return () => window.clearTimeout(timer);
  }, [refreshInMs, router, entries]);

  function handleOutcome(outcome: ReviewOutcome) {
    if (!outcome.ok) return;
    setAnnouncement(outcome.message);
    // The decided card may leave the list; keep keyboard focus somewhere sensible.
    regionRef.current?.focus();
  }

  return (
    <div ref={regionRef} tabIndex={-1} className="mt-6 outline-none">
      <p
        role="status"
        aria-live="polite"
        data-testid="review-announcement"
        className="empty:hidden"
      >
        {announcement ? (
          <span className="mb-4 block rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
            {announcement}
          </span>
        ) : null}
      </p>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {emptyText}
        </p>
      ) : (
        <ul className="space-y-4" aria-label="Verification requests">
          {entries.map((entry) => (
            <li key={entry.item.id}>
              <ReviewCard entry={entry} viewerId={viewerId} onOutcome={handleOutcome} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
