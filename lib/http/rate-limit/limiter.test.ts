import { describe, expect, it, vi } from "vitest";
import { createDisabledRateLimiter, createWindowedLimiter } from "./limiter";
import { MemoryWindowStore } from "./memory-store";
import type { RatePolicy, RateWindow, WindowResult, WindowStore } from "./types";

const T0 = Date.UTC(2030, 0, 1);

const authenticated: RatePolicy = {
  name: "authenticated",
  windows: [
    { limit: 3, windowSeconds: 1 },
    { limit: 5, windowSeconds: 10 },
  ],
};

describe("createWindowedLimiter over the memory store", () => {
  it("the tightest window decides, and a later window can deny after the first resets", async () => {
    const clock = { ms: T0 };
    const limiter = createWindowedLimiter(new MemoryWindowStore({ now: () => clock.ms }), vi.fn());

    const first = [];
    for (let i = 0; i < 4; i++) first.push(await limiter.check(authenticated, "user:1"));
    expect(first.map((d) => [d.allowed, d.limit, d.remaining])).toEqual([
      [true, 3, 2],
      [true, 3, 1],
      [true, 3, 0],
      [false, 3, 0],
    ]);
    expect(first[3]).toMatchObject({ resetSeconds: T0 / 1000 + 1, retryAfterSeconds: 1 });

    clock.ms = T0 + 1_000; // the 1 s window resets; the 10 s window has counted 4 attempts
    const second = await limiter.check(authenticated, "user:1");
    expect(second).toMatchObject({
      allowed: true,
      limit: 5,
      remaining: 0,
      resetSeconds: T0 / 1000 + 10,
    });
    const third = await limiter.check(authenticated, "user:1");
    expect(third).toEqual({
      allowed: false,
      limit: 5,
      remaining: 0,
      resetSeconds: T0 / 1000 + 10,
      retryAfterSeconds: 9,
    });
  });
});

/** A store whose hits stay pending until released, to observe concurrency and failures. */
function controllableStore() {
  const pending: Array<{
    window: RateWindow;
    resolve: (r: WindowResult) => void;
    reject: (e: unknown) => void;
  }> = [];
  const store: WindowStore = {
    now: () => T0,
    hit: (_policy, window) =>
      new Promise<WindowResult>((resolve, reject) => {
        pending.push({ window, resolve, reject });
      }),
    close: vi.fn(async () => {}),
  };
  return { store, pending };
}

const result = (window: RateWindow, used: number): WindowResult => ({
  allowed: used <= window.limit,
  limit: window.limit,
  remaining: Math.max(0, window.limit - used),
  resetMs: T0 + window.windowSeconds * 1000,
});

describe("createWindowedLimiter", () => {
  it("checks all windows of a policy concurrently", async () => {
    const { store, pending } = controllableStore();
    const limiter = createWindowedLimiter(store, vi.fn());
    const decision = limiter.check(authenticated, "user:1");
    await Promise.resolve();
    expect(pending).toHaveLength(2); // both windows in flight before either answered
    for (const hit of pending) hit.resolve(result(hit.window, 1));
    expect(await decision).toMatchObject({ allowed: true, limit: 3, remaining: 2 });
  });

  it("fails open with bypass 'unavailable' when every window fails, and reports each failure", async () => {
    const { store, pending } = controllableStore();
    const onError = vi.fn();
    const limiter = createWindowedLimiter(store, onError);
    const decision = limiter.check(authenticated, "user:1");
    await Promise.resolve();
    for (const hit of pending) hit.reject(new Error("ECONNREFUSED"));
    expect(await decision).toEqual({
      allowed: true,
      limit: 3,
      remaining: 3,
      resetSeconds: T0 / 1000 + 1,
      retryAfterSeconds: 0,
      bypass: "unavailable",
    });
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it("decides on the windows that answered when only some fail", async () => {
    const { store, pending } = controllableStore();
    const onError = vi.fn();
    const limiter = createWindowedLimiter(store, onError);
    const decision = limiter.check(authenticated, "user:1");
    await Promise.resolve();
    pending[0]!.reject(new Error("timeout"));
    pending[1]!.resolve(result(pending[1]!.window, 6));
    expect(await decision).toMatchObject({ allowed: false, limit: 5, retryAfterSeconds: 10 });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it("throws on a malformed policy instead of failing open", async () => {
    const limiter = createWindowedLimiter(new MemoryWindowStore({ now: () => T0 }), vi.fn());
    await expect(limiter.check({ name: "x", windows: [] }, "a")).rejects.toThrow(/no windows/);
    await expect(
      limiter.check({ name: "x", windows: [{ limit: 0, windowSeconds: 1 }] }, "a"),
    ).rejects.toThrow(/limit/);
    await expect(
      limiter.check({ name: "x", windows: [{ limit: 1, windowSeconds: 0.5 }] }, "a"),
    ).rejects.toThrow(/windowSeconds/);
    await expect(
      limiter.check({ name: "a:b", windows: [{ limit: 1, windowSeconds: 1 }] }, "a"),
    ).rejects.toThrow(/name/);
  });

  it("close() closes the store", async () => {
    const { store } = controllableStore();
    await createWindowedLimiter(store, vi.fn()).close();
    expect(store.close).toHaveBeenCalledOnce();
  });
});

describe("createDisabledRateLimiter", () => {
  it("always allows, marked bypass 'disabled'", async () => {
    const limiter = createDisabledRateLimiter(() => T0);
    for (let i = 0; i < 10; i++) {
      expect(await limiter.check(authenticated, "user:1")).toEqual({
        allowed: true,
        limit: 3,
        remaining: 3,
        resetSeconds: T0 / 1000 + 1,
        retryAfterSeconds: 0,
        bypass: "disabled",
      });
    }
    await limiter.close();
  });
});
