// One verification document in a review card: an image inline, a PDF in an <object> with a
// link as its fallback, or a plain note when it is missing.
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
        <object
          data={view.url}
          type="application/pdf"
          aria-label={`${label} of ${personName} (PDF)`}
          className="h-48 w-full rounded bg-white"
        >
          <p className="flex h-48 flex-col items-center justify-center gap-2 text-sm">
            <span aria-hidden="true" className="font-bold text-red-700">
              PDF
            </span>
            <a
              href={view.url}
              target="_blank"
              rel="noreferrer"
              className="text-brand-700 underline"
            >
              Open PDF
              <span className="sr-only">
                {" "}
                ({label} of {personName})
              </span>
            </a>
          </p>
        </object>
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
