// Sends the verification documents with XMLHttpRequest, which (unlike fetch) reports upload
// progress. The browser's session cookie authenticates and it adds our Origin to the POST/PATCH.
import { networkError } from "@/components/api/fetch-json";
import { errorBody, type ErrorBody } from "@/lib/http/error-body";
import { uploadResponse } from "@/lib/verification/schemas";
import type { UploadAnswer } from "./types";

export const uploadPath = "/api/v1/user/verification/upload/";

export type UploadResult =
  | { ok: true; status: number; answer: UploadAnswer }
  | { ok: false; status: number; error: ErrorBody };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The contract's error body when there is one; otherwise words about an upload. */
function errorFor(status: number, body: unknown): ErrorBody {
  const parsed = errorBody.safeParse(body);
  if (parsed.success) return parsed.data;
  if (status === 0) {
    return {
      ...networkError,
      detail: "The upload did not reach the server. Check your connection and try again.",
    };
  }
  if (status === 413) {
    return { detail: "The files are too large to send together.", code: "payload_too_large" };
  }
  return { detail: "The upload failed. Please try again.", code: "upload_failed" };
}

export function sendUpload({
  method,
  form,
  onProgress,
}: {
  method: "POST" | "PATCH";
  form: FormData;
  onProgress: (percent: number) => void;
}): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open(method, uploadPath);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
      }
    };
    request.onload = () => {
      const body = parseJson(request.responseText);
      const answer = uploadResponse.safeParse(body);
      if (request.status >= 200 && request.status < 300 && answer.success) {
        resolve({ ok: true, status: request.status, answer: answer.data });
      } else {
        resolve({ ok: false, status: request.status, error: errorFor(request.status, body) });
      }
    };
    request.onerror = () => resolve({ ok: false, status: 0, error: errorFor(0, null) });
    request.onabort = request.onerror;
    request.send(form);
  });
}
