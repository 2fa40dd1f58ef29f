"use client";
// The signed-in person's verification page body: their status (kept fresh with TanStack Query,
// starting from the server-rendered value) and, unless they are verified, the upload form.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { getJson } from "@/components/api/fetch-json";
import { verificationStatus } from "@/lib/verification/schemas";
import { statusPath, verificationKeys } from "./query-keys";
import { LocalTime } from "@/components/ui/local-time";
import { StatusBadge } from "./status-badge";
import type { VerificationStatusView } from "./types";
import { UploadForm } from "./upload-form";

const fetchStatus = (): Promise<VerificationStatusView> => getJson(statusPath, verificationStatus);

function StatusDetails({ status, email }: { status: VerificationStatusView; email: string }) {
  switch (status.status) {
    case "email_not_verified":
      return (
        <p className="mt-3 text-slate-700">
          Verify your email address before you submit documents.{" "}
          <Link
            href={`/verify-email?email=${encodeURIComponent(email)}`}
            className="text-brand-700 underline"
          >
            Verify your email
          </Link>
        </p>
      );
    case "not_submitted":
      return (
        <p className="mt-3 text-slate-700">
          Upload the three documents below. A manager checks them and verifies your identity, which
          opens the rest of the platform to you.
        </p>
      );
    case "pending":
      return (
        <p className="mt-3 text-slate-700">
          Your documents are waiting for review. We will email you when a manager has looked at
          them. You can still replace a document below.
        </p>
      );
    case "rejected":
      return (
        <div className="mt-3 space-y-2 text-slate-700">
          <p>Your verification was not approved. Please upload new documents below.</p>
          <p
            data-testid="rejection-reason"
            className="rounded border border-red-200 bg-red-50 px-3 py-2 text-red-900"
          >
            <strong>Reason:</strong> {status.rejection_reason || "No reason was given."}
          </p>
        </div>
      );
    case "verified":
      return (
        <div className="mt-3 space-y-3 text-slate-700">
          <p>Your identity is verified. There is nothing more to upload.</p>
          <Link
            href="/dashboard"
            className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Go to your home page
          </Link>
        </div>
      );
  }
}

export function VerificationPanel({
  initialStatus,
  email,
}: {
  initialStatus: VerificationStatusView;
  email: string;
}) {
  const { data: status } = useQuery({
    queryKey: verificationKeys.status(),
    queryFn: fetchStatus,
    initialData: initialStatus,
  });
  const [announcement, setAnnouncement] = useState("");
  const canUpload =
    status.status === "not_submitted" ||
    status.status === "pending" ||
    status.status === "rejected";

  return (
    <>
      <section
        aria-labelledby="status-heading"
        className="mt-8 rounded-lg border border-slate-200 bg-white p-6"
      >
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="status-heading" className="text-lg font-semibold">
            Your status
          </h2>
          <StatusBadge state={status.status} testId="verification-status" />
        </div>
        <StatusDetails status={status} email={email} />
        {status.submitted_at || status.reviewed_at ? (
          <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {status.submitted_at ? (
              <>
                <dt className="text-slate-600">Submitted</dt>
                <dd>
                  <LocalTime iso={status.submitted_at} />
                </dd>
              </>
            ) : null}
            {status.reviewed_at ? (
              <>
                <dt className="text-slate-600">Reviewed</dt>
                <dd>
                  <LocalTime iso={status.reviewed_at} />
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </section>

      <p role="status" aria-live="polite" className="mt-4 empty:hidden">
        {announcement ? (
          <span className="block rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
            {announcement}
          </span>
        ) : null}
      </p>

      {canUpload ? (
        <section aria-labelledby="upload-heading" className="mt-8">
          <h2 id="upload-heading" className="text-lg font-semibold">
            {status.status === "not_submitted"
              ? "Upload your documents"
              : status.status === "rejected"
                ? "Upload new documents"
                : "Replace your documents"}
          </h2>
          <UploadForm status={status} onUploaded={setAnnouncement} />
        </section>
      ) : null}
    </>
  );
}
