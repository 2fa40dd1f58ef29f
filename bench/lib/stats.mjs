// Measuring: one timed request, latency percentiles and error counts over many, and a median.
export function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Timed request (sent → body read): {status, ms, body|null, error|null}; status 0 when it failed. */
export async function timed(url, init, timeoutMs = 10_000) {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: response.status, ms: performance.now() - started, body, error: null };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, body: null, error: error.message };
  }
}

/** Count, p50/p95/p99/max latency (ms) and non-2xx answers (by status or error) of `timed` samples. */
export function stats(samples) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q) => (ms.length ? ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] : NaN);
  const errors = samples.filter((s) => s.status < 200 || s.status >= 300);
  const codes = {};
  for (const s of errors) {
    const key = s.status || s.error || "error";
    codes[key] = (codes[key] ?? 0) + 1;
  }
  return {
    count: ms.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: ms.at(-1) ?? NaN,
    errors: errors.length,
    codes,
  };
}
