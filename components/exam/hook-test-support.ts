// What the exam hooks' unit tests share: one exam and attempt, a fixed instant, helpers that move
// the fake clock inside act(), and the per-test set-up (fake timers and Date, an empty
// localStorage, stubs and rendered hooks cleaned up).
import { act, cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

export const examId = 7;
export const attemptId = "0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f";
/** The instant the tests start at. */
export const T = Date.parse("2026-06-01T10:00:00.000Z");
export const iso = (ms: number) => new Date(ms).toISOString();

/** Run what is due now (resolved promises, zero-delay timers). */
export const settle = () => act(() => vi.advanceTimersByTimeAsync(0));
export const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** Fake timers and Date from `now`, an empty localStorage, and everything undone after each test. */
export function useFakeClock(now = T) {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"],
      now,
    });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}
