// Content-Security-Policy values: one for the app's pages (set per request by proxy.ts with a
// fresh nonce) and one for the API reference pages (Swagger UI, ReDoc) that route handlers
// serve. Pure functions of their inputs, so the policy is testable without a server.

export type PagePolicySources = {
  /** Extra connect-src origins: the realtime server's websocket (ws://127.0.0.1:6001, Pusher). */
  connect: string[];
  /** Extra img-src / frame-src origins: where signed document links point (UploadThing). */
  storage: string[];
};

type Directives = Record<string, string[]>;

export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/**
 * The pages' policy. Scripts run only with this response's nonce ('strict-dynamic' lets Next's
 * nonced bootstrap load its chunks); nothing may embed the page, plugins and <base> are off,
 * forms post only to us.
 *
 * Styles allow 'unsafe-inline' rather than a nonce: server-rendered `style` attributes (a
 * progress bar's width) cannot carry a nonce, Radix dialogs' scroll lock injects a <style>
 * element without one, and the dev mailbox shows emails (inline-styled HTML) in a srcdoc frame
 * that inherits this policy. A style cannot run code; scripts stay nonce-only.
 */
export function pagePolicy({
  nonce,
  development,
  sources,
}: {
  nonce: string;
  development: boolean;
  sources: PagePolicySources;
}): string {
  return serializePolicy({
    "default-src": ["'self'"],
    // React's development build evaluates code for its error overlay; production never does.
    "script-src": [
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    // blob: for the previews of documents chosen for upload, data: for small inline images.
    "img-src": ["'self'", "data:", "blob:", ...sources.storage],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...sources.connect],
    "frame-src": ["'self'", ...sources.storage],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/**
 * Swagger UI and ReDoc: their scripts carry the nonce; their own stylesheet and the styles
 * ReDoc injects at run time need inline styles; ReDoc's search runs in a worker made from a
 * blob: URL; Swagger UI's "Try it out" calls our API (`apiOrigin`: the document's server, which
 * is APP_URL and may differ from the address the page was opened at).
 */
export function docsPolicy(nonce: string, apiOrigin: string): string {
  return serializePolicy({
    "default-src": ["'self'"],
    "script-src": [`'nonce-${nonce}'`],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", apiOrigin],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/** 128 random bits, base64: unguessable, and new for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
