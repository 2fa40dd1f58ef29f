// Sends the verification documents with XMLHttpRequest, which (unlike fetch) reports upload
// progress. The browser's session cookie authenticates and it adds our Origin to the POST/PATCH.
import type { ApiErrorBody, UploadAnswer } from "./types";

export const uploadPath = "/api/v1/user/verification/upload/";

export type UploadResult =
  | { ok: true; status: number; answer: UploadAnswer }
  | { ok: false; status: number; error: ApiErrorBody };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function errorFor(status: number, body: unknown): ApiErrorBody {
  if (body && typeof body === "object" && "detail" in body) return body as ApiErrorBody;
  if (status === 413) {
    return { detail: "The files are too large to send together.", code: "payload_too_large" };
  }
  if (status === 0) {
    return {
      detail: "The upload did not reach the server. Check your connection and try again.",
      code: "network_error",
    };
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
      if (request.status >= 200 && request.status < 300 && body) {
        resolve({ ok: true, status: request.status, answer: body as UploadAnswer });
      } else {
        resolve({ ok: false, status: request.status, error: errorFor(request.status, body) });
      }
    };
    request.onerror = () => resolve({ ok: false, status: 0, error: errorFor(0, null) });
    request.onabort = request.onerror;
    request.send(form);
  });
}
