// One verification document in a review card: an image inline, a PDF in a frame (with "Open in
// a new tab" below, as for images), or a plain note when it is missing.
import { documentRules, type DocumentType } from "./upload-rules";
import type { DocumentView } from "./types";

export function DocumentViewer({
  type,
  view,
  personName,
}: {
  type: DocumentType;
  view: DocumentView;
  personName: string;
}) {
  const label = documentRules[type].reviewerLabel;
  return (
    <figure
      className="flex flex-col rounded border border-slate-200 bg-slate-50 p-2"
      data-testid={`document-${type}`}
    >
      <figcaption className="mb-2 text-sm font-medium">{label}</figcaption>
      {view.state === "missing" ? (
        <p className="flex h-48 items-center justify-center text-sm text-slate-500">Not provided</p>
      ) : view.state === "unavailable" ? (
        <p className="flex h-48 items-center justify-center text-sm text-red-700">
          Could not load this document.
        </p>
      ) : view.contentType === "application/pdf" ? (
        // An <iframe>, not an <object>: the pages' Content-Security-Policy has object-src 'none'
        // (proxy.ts), and /api/files/ may be framed by our own pages only (next.config.ts).
        <iframe
          src={view.url}
          title={`${label} of ${personName} (PDF)`}
          className="h-48 w-full rounded bg-white"
        />
      ) : (
        // A short-lived signed link to a private file; there is nothing for next/image to optimise.
        <img
          src={view.url}
          alt={`${label} of ${personName}`}
          className="h-48 w-full rounded bg-white object-contain"
        />
      )}
      {view.state === "ok" ? (
        <a
          href={view.url}
          target="_blank"
          rel="noreferrer"
          className="mt-2 text-xs text-brand-700 underline"
        >
          Open in a new tab
          <span className="sr-only">
            {" "}
            ({label} of {personName})
          </span>
        </a>
      ) : null}
    </figure>
  );
}
