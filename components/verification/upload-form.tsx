"use client";
// The verification upload form: three documents, checked in the browser first, sent in one
// multipart request whose progress is shown. POST for the first submission, PATCH to replace
// documents of an existing one (pending or rejected; the API refuses a POST while one is
// pending). Field errors from the server appear next to their field.
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { DocumentInput, inspectFile, type ChosenFile } from "./document-input";
import { verificationKeys } from "./query-keys";
import { sendUpload } from "./send-upload";
import type { VerificationStatusView } from "./types";
import { documentTypes, missingDocuments, type DocumentType } from "./upload-rules";
import { useHydrated } from "./use-hydrated";

type Chosen = Partial<Record<DocumentType, ChosenFile>>;
/** The server's field errors, narrowed to the three documents. */
type DocumentErrors = Partial<Record<DocumentType, string[]>>;

export function UploadForm({
  status,
  onUploaded,
}: {
  status: VerificationStatusView;
  onUploaded: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const mode = status.status === "not_submitted" ? "create" : "update";
  const [chosen, setChosen] = useState<Chosen>({});
  const [fieldErrors, setFieldErrors] = useState<DocumentErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const sending = progress !== null;
  const hydrated = useHydrated();

  // The latest check of each chosen file. Submitting waits for them, so a click that comes
  // right after choosing a file still sends that file.
  const checks = useRef<Partial<Record<DocumentType, Promise<ChosenFile>>>>({});
  const submitting = useRef(false);

  function pick(type: DocumentType, file: File | null) {
    setFieldErrors((current) => ({ ...current, [type]: undefined }));
    setFormError(null);
    if (!file) {
      delete checks.current[type];
      setChosen((current) => {
        const next = { ...current };
        delete next[type];
        return next;
      });
      return;
    }
    const check = inspectFile(type, file);
    checks.current[type] = check;
    void check.then((result) => {
      if (checks.current[type] === check) {
        setChosen((current) => ({ ...current, [type]: result }));
      }
    });
  }

  function focusFirstInvalid(types: DocumentType[]) {
    const first = documentTypes.find((type) => types.includes(type));
    if (first) formRef.current?.querySelector<HTMLInputElement>(`#document-${first}`)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    try {
      await validateAndSend();
    } finally {
      submitting.current = false;
    }
  }

  async function validateAndSend() {
    const picked: Chosen = {};
    for (const type of documentTypes) {
      const check = checks.current[type];
      if (check) picked[type] = await check;
    }
    const missing = missingDocuments(picked, mode);
    const missingErrors: DocumentErrors = Object.fromEntries(
      Object.entries(missing).map(([type, message]) => [type, [message]]),
    );
    const withProblems = documentTypes.filter((type) => picked[type]?.problem);
    if (Object.keys(missing).length || withProblems.length) {
      setFieldErrors(missingErrors);
      setFormError(
        Object.keys(missing).length
          ? "Choose all three documents before submitting."
          : "Some files will not be accepted; see the messages under them.",
      );
      focusFirstInvalid([...(Object.keys(missing) as DocumentType[]), ...withProblems]);
      return;
    }
    if (mode === "update" && Object.keys(picked).length === 0) {
      setFormError("Choose at least one document to replace.");
      return;
    }

    const form = new FormData();
    for (const type of documentTypes) {
      const entry = picked[type];
      if (entry) form.append(type, entry.file, entry.file.name);
    }
    setFieldErrors({});
    setFormError(null);
    setProgress(0);
    const result = await sendUpload({
      method: mode === "create" ? "POST" : "PATCH",
      form,
      onProgress: setProgress,
    });
    setProgress(null);
    if (result.ok) {
      queryClient.setQueryData(verificationKeys.status(), result.answer.verification);
      void queryClient.invalidateQueries({ queryKey: verificationKeys.status() });
      checks.current = {};
      setChosen({});
      setResetKey((key) => key + 1);
      onUploaded(result.answer.message || "Your documents were submitted.");
      return;
    }
    if (result.error.code === "pending_verification") {
      // Another tab or device submitted meanwhile: refresh the status so this form turns into
      // "Replace documents" (PATCH), keeping the chosen files for that.
      void queryClient.invalidateQueries({ queryKey: verificationKeys.status() });
    }
    const errors = result.error.errors ?? {};
    const known: DocumentErrors = {};
    for (const type of documentTypes) if (errors[type]) known[type] = errors[type];
    setFieldErrors(known);
    setFormError(result.error.detail);
    focusFirstInvalid(Object.keys(known) as DocumentType[]);
  }

  const submitLabel =
    mode === "create"
      ? "Submit for verification"
      : status.status === "rejected"
        ? "Resubmit documents"
        : "Replace documents";

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="upload-heading"
      aria-describedby={formError ? "upload-error" : undefined}
      className="mt-4 space-y-4"
    >
      {formError ? (
        <p
          id="upload-error"
          role="alert"
          data-testid="form-error"
          className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {formError}
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-3">
        {documentTypes.map((type) => (
          <DocumentInput
            key={type}
            type={type}
            chosen={chosen[type] ?? null}
            onPick={pick}
            errors={fieldErrors[type]}
            disabled={sending || !hydrated}
            alreadyProvided={mode === "update" && status.documents[type]}
            resetKey={resetKey}
          />
        ))}
      </div>
      {sending ? (
        <div>
          <div
            role="progressbar"
            aria-label="Upload progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress}
            aria-valuetext={`${progress}% uploaded`}
            className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
          >
            <div
              className="h-full rounded-full bg-brand-600 transition-[width]"
              style={{ width: `${progress}%` }}
            />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {progress === 100 ? "Checking your files…" : `Uploading… ${progress}%`}
          </p>
        </div>
      ) : null}
      <button
        type="submit"
        disabled={sending || !hydrated}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-60"
      >
        {sending ? "Uploading…" : submitLabel}
      </button>
    </form>
  );
}
