// Measuring: one timed request, latency percentiles and error counts over many, and a median.
export function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Timed request (sent → body read): {status, ms, body|null, error|null}; status 0 when it failed. */
export async function timed(url, init, timeoutMs = 10_000) {
  const started = performance.now();
  const controller = new AbortController();
  let timer;
  // The abort signal alone is not enough: a fetch whose socket dies mid-response can stay pending
  // for good (nodejs/node#56917), which hung a fault run. A timer of our own settles it.
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    const text = await Promise.race([
      (async () => {
        const response = await fetch(url, { ...init, signal: controller.signal });
        return { status: response.status, text: await response.text() };
      })(),
      expired,
    ]);
    let body = null;
    try {
      body = JSON.parse(text.text);
    } catch {
      body = text.text;
    }
    return { status: text.status, ms: performance.now() - started, body, error: null };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, body: null, error: error.message };
  } finally {
    clearTimeout(timer);
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
