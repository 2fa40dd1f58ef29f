// Typed errors that domain code throws. Each carries its HTTP status and the contract's code;
// lib/http/error-response.ts maps them to {detail, code, errors?} in one place.

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors?: FieldErrors;
  readonly headers?: Record<string, string>;

  constructor(
    status: number,
    code: string,
    detail: string,
    extra: { errors?: FieldErrors; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = new.target.name;
    this.status = status;
    this.code = code;
    this.errors = extra.errors;
    this.headers = extra.headers;
  }
}

export class Invalid extends ApiError {
  constructor(detail = "Invalid input.", errors?: FieldErrors, code = "invalid") {
    super(400, code, detail, { errors });
  }
}

export class NotAuthenticated extends ApiError {
  constructor(
    detail = "Authentication credentials were not provided.",
    code = "not_authenticated",
  ) {
    super(401, code, detail);
  }
}

export class AuthenticationFailed extends ApiError {
  constructor(detail = "Incorrect authentication credentials.", code = "authentication_failed") {
    super(401, code, detail);
  }
}

export class Forbidden extends ApiError {
  constructor(
    detail = "You do not have permission to perform this action.",
    code = "permission_denied",
  ) {
    super(403, code, detail);
  }
}

export class NotFound extends ApiError {
  constructor(detail = "Not found.", code = "not_found") {
    super(404, code, detail);
  }
}

export class MethodNotAllowed extends ApiError {
  constructor(method: string, allowed: string[]) {
    super(405, "method_not_allowed", `Method "${method}" not allowed.`, {
      headers: { Allow: allowed.join(", ") },
    });
  }
}

export class Conflict extends ApiError {
  constructor(detail: string, code = "conflict") {
    super(409, code, detail);
  }
}

export class PayloadTooLarge extends ApiError {
  constructor(limitBytes: number) {
    super(413, "payload_too_large", `Request body is larger than ${limitBytes} bytes.`);
  }
}

export class UnsupportedMediaType extends ApiError {
  constructor(detail: string) {
    super(415, "unsupported_media_type", detail);
  }
}

export class Throttled extends ApiError {
  constructor(retryAfterSeconds: number, headers: Record<string, string> = {}) {
    super(
      429,
      "throttle_exceeded",
      `Request was throttled. Expected available in ${retryAfterSeconds} seconds.`,
      { headers },
    );
  }
}

/** The client disconnected before its request was read (nginx's 499); never sent, never logged. */
export class ClientClosedRequest extends ApiError {
  constructor() {
    super(
      499,
      "client_closed_request",
      "The client closed the connection before the request was read.",
    );
  }
}

export class ServiceUnavailable extends ApiError {
  constructor(detail = "Service temporarily unavailable.", code = "service_unavailable") {
    super(503, code, detail);
  }
}
