"use client";
// Pick a picture, see it at once (an object URL), then upload it with visible progress to
// PATCH /api/v1/account-management/ (the session cookie authenticates; the server checks the
// file's content, the hints here only save a wasted upload).
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";

const maxBytes = 2_000_000;
const allowedTypes = ["image/jpeg", "image/png"];

type Upload =
  | { state: "idle" }
  | { state: "uploading"; percent: number }
  | { state: "done" }
  | { state: "failed"; message: string };

export function ProfilePictureUpload() {
  const router = useRouter();
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [upload, setUpload] = useState<Upload>({ state: "idle" });

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setUpload({ state: "idle" });
    setFile(null);
    setPreview(null);
    setProblem(null);
    if (!chosen) return;
    if (!allowedTypes.includes(chosen.type)) {
      setProblem("Choose a JPEG or PNG image.");
      return;
    }
    if (chosen.size > maxBytes) {
      setProblem(`That image is ${(chosen.size / 1_000_000).toFixed(1)} MB; the limit is 2 MB.`);
      return;
    }
    setFile(chosen);
    setPreview(URL.createObjectURL(chosen));
  };

  const send = () => {
    if (!file) return;
    const form = new FormData();
    form.set("profile_picture", file);
    const request = new XMLHttpRequest();
    request.open("PATCH", "/api/v1/account-management/");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        setUpload({ state: "uploading", percent: Math.round((event.loaded / event.total) * 100) });
      }
    };
    request.onload = () => {
      if (request.status === 200) {
        setUpload({ state: "done" });
        setFile(null);
        setPreview(null);
        if (input.current) input.current.value = "";
        router.refresh();
        return;
      }
      const body = request.response as { detail?: string; errors?: Record<string, string[]> };
      const detail = body?.errors?.profile_picture?.join(" ") ?? body?.detail;
      setUpload({ state: "failed", message: detail ?? `Upload failed (${request.status}).` });
    };
    request.onerror = () =>
      setUpload({ state: "failed", message: "The upload did not reach the server. Try again." });
    setUpload({ state: "uploading", percent: 0 });
    request.send(form);
  };

  const uploading = upload.state === "uploading";
  return (
    <div className="space-y-3">
      <label htmlFor={inputId} className="block text-sm font-medium">
        New picture
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept="image/jpeg,image/png"
        aria-describedby={hintId}
        onChange={choose}
        disabled={uploading}
        className="block text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1 hover:file:bg-slate-100"
      />
      <p id={hintId} className="text-xs text-slate-500">
        JPEG or PNG, at most 2 MB.
      </p>
      {preview ? (
        <div className="flex items-center gap-4">
          {/* A local object URL: next/image cannot optimise it and need not. */}
          <img
            src={preview}
            alt="Preview of the new picture"
            className="size-20 rounded-full object-cover ring-1 ring-slate-200"
          />
          <button
            type="button"
            onClick={send}
            disabled={uploading}
            className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-60"
          >
            {uploading ? "Uploading…" : "Upload picture"}
          </button>
        </div>
      ) : null}
      {uploading ? (
        <progress
          max={100}
          value={upload.percent}
          aria-label="Upload progress"
          className="h-2 w-full max-w-xs"
        >
          {upload.percent}%
        </progress>
      ) : null}
      <div aria-live="polite" role="status" className="min-h-5 text-sm">
        {problem ? <p className="text-red-700">{problem}</p> : null}
        {upload.state === "failed" ? <p className="text-red-700">{upload.message}</p> : null}
        {upload.state === "done" ? <p className="text-green-700">Picture updated.</p> : null}
        {uploading ? <p>Uploading… {upload.percent}%</p> : null}
      </div>
    </div>
  );
}
