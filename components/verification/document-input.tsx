"use client";
// One labelled file input of the verification form: checks the chosen file against its rule in
// the browser (size, and kind by its first bytes) and previews it — an image as a thumbnail, a
// PDF by its name. Field errors (the browser's or the server's) are shown under it.
import { useEffect, useId, useRef, useState } from "react";
import {
  documentRules,
  fileProblem,
  formatBytes,
  sniffKind,
  type DocumentType,
  type FileKind,
} from "./upload-rules";

export type ChosenFile = { file: File; kind: FileKind | null; problem: string | null };

/** Read a chosen file's first bytes and check it against its document's rule. */
export async function inspectFile(type: DocumentType, file: File): Promise<ChosenFile> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const kind = sniffKind(head);
  return { file, kind, problem: fileProblem(documentRules[type], file, kind) };
}

export function DocumentInput({
  type,
  chosen,
  onPick,
  errors,
  disabled,
  alreadyProvided,
  resetKey,
}: {
  type: DocumentType;
  chosen: ChosenFile | null;
  onPick: (type: DocumentType, file: File | null) => void;
  errors?: string[];
  disabled?: boolean;
  alreadyProvided: boolean;
  resetKey: number;
}) {
  const rule = documentRules[type];
  const inputId = `document-${type}`;
  const hintId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);

  // An object URL for image previews, released when the file changes or the field goes away.
  useEffect(() => {
    if (!chosen || (chosen.kind !== "jpg" && chosen.kind !== "png")) {
      setPreviewUrl(null);
      return;
    }
    const url = URL.createObjectURL(chosen.file);
    setPreviewUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [chosen]);

  // After a successful upload the form asks every field to forget its file.
  useEffect(() => {
    if (inputRef.current) inputRef.current.value = "";
  }, [resetKey]);

  const shownErrors = [...(chosen?.problem ? [chosen.problem] : []), ...(errors ?? [])];
  const accept = rule.kinds
    .map((kind) =>
      kind === "pdf" ? "application/pdf,.pdf" : `image/${kind === "jpg" ? "jpeg" : "png"}`,
    )
    .join(",");

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`field-${type}`}>
      <label htmlFor={inputId} className="block font-medium">
        {rule.label}
      </label>
      <p id={hintId} className="mt-1 text-xs text-slate-600">
        {rule.hint}
        {alreadyProvided ? " Already provided — choose a file only to replace it." : ""}
      </p>
      <input
        ref={inputRef}
        id={inputId}
        name={type}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-invalid={shownErrors.length ? true : undefined}
        aria-describedby={[hintId, shownErrors.length ? errorId : null].filter(Boolean).join(" ")}
        onChange={(event) => onPick(type, event.target.files?.[0] ?? null)}
        className="mt-3 block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-slate-50 file:px-3 file:py-1.5 file:text-sm hover:file:bg-slate-100"
      />
      {chosen ? (
        <div className="mt-3 flex items-center gap-3" data-testid={`preview-${type}`}>
          {previewUrl ? (
            <img
              src={previewUrl}
              alt={`Preview: ${rule.label}`}
              className="h-20 w-20 rounded border border-slate-200 object-cover"
            />
          ) : (
            <span
              aria-hidden="true"
              className="flex h-20 w-16 items-center justify-center rounded border border-slate-300 bg-slate-50 text-xs font-bold text-red-700"
            >
              {chosen.kind === "pdf" ? "PDF" : "?"}
            </span>
          )}
          <p className="min-w-0 text-sm">
            <span className="block truncate font-medium">{chosen.file.name}</span>
            <span className="text-slate-600">
              {chosen.kind === "pdf"
                ? "PDF document"
                : chosen.kind
                  ? chosen.kind.toUpperCase() + " image"
                  : "Unknown type"}{" "}
              · {formatBytes(chosen.file.size)}
            </span>
          </p>
        </div>
      ) : null}
      {shownErrors.length ? (
        <ul id={errorId} className="mt-2 text-sm text-red-700">
          {shownErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
