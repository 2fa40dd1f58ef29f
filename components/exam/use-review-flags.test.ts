// @vitest-environment happy-dom
// useReviewFlags on happy-dom's localStorage: loaded after mount, written on every toggle, kept in
// step with other tabs through the storage event (fired by hand: a browser fires it only in the
// other tabs), and living in memory when storage refuses.
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flagsKey } from "./review-flags";
import { useReviewFlags } from "./use-review-flags";

const attemptId = "0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f";
const key = flagsKey(attemptId);

const render = (id = attemptId) => renderHook(() => useReviewFlags(id));
const flagged = (flags: ReadonlySet<number>) => [...flags].sort((a, b) => a - b);

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("useReviewFlags", () => {
  it("shows the flags stored for this attempt, and only those", () => {
    localStorage.setItem(key, "[7,2]");
    localStorage.setItem(flagsKey("another-attempt"), "[9]");
    const { result } = render();
    expect(flagged(result.current.flags)).toEqual([2, 7]);
  });

  it("ignores an unreadable stored value", () => {
    localStorage.setItem(key, "{oops");
    const { result } = render();
    expect(result.current.flags.size).toBe(0);
    act(() => result.current.toggle(4));
    expect(localStorage.getItem(key)).toBe("[4]");
  });

  it("stores every toggle, sorted, and removes the entry when nothing is flagged", () => {
    const { result } = render();
    act(() => result.current.toggle(5));
    act(() => result.current.toggle(1));
    expect(flagged(result.current.flags)).toEqual([1, 5]);
    expect(localStorage.getItem(key)).toBe("[1,5]");
    act(() => result.current.toggle(5));
    expect(flagged(result.current.flags)).toEqual([1]);
    expect(localStorage.getItem(key)).toBe("[1]");
    act(() => result.current.toggle(1));
    expect(result.current.flags.size).toBe(0);
    expect(localStorage.getItem(key)).toBeNull();
  });

  it("takes two toggles in one turn (a key held down) without losing the first", () => {
    const { result } = render();
    act(() => {
      result.current.toggle(1);
      result.current.toggle(2);
    });
    expect(flagged(result.current.flags)).toEqual([1, 2]);
    expect(localStorage.getItem(key)).toBe("[1,2]");
  });

  it("follows another tab's changes to this attempt's flags, not to other keys", () => {
    const { result } = render();
    act(() => {
      window.dispatchEvent(new StorageEvent("storage", { key, newValue: "[3,8]" }));
    });
    expect(flagged(result.current.flags)).toEqual([3, 8]);
    act(() => {
      window.dispatchEvent(
        new StorageEvent("storage", { key: flagsKey("another-attempt"), newValue: "[1]" }),
      );
    });
    expect(flagged(result.current.flags)).toEqual([3, 8]);
    // The other tab's change is the base for this tab's next toggle.
    act(() => result.current.toggle(3));
    expect(flagged(result.current.flags)).toEqual([8]);
    act(() => {
      window.dispatchEvent(new StorageEvent("storage", { key, newValue: null }));
    });
    expect(result.current.flags.size).toBe(0);
  });

  it("clear forgets the stored flags when the attempt is over", () => {
    const { result } = render();
    act(() => result.current.toggle(2));
    act(() => result.current.clear());
    expect(localStorage.getItem(key)).toBeNull();
    expect(render().result.current.flags.size).toBe(0);
  });

  it("keeps the flags for the page's lifetime when storage refuses", () => {
    const refusing = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    };
    vi.stubGlobal("localStorage", refusing);
    const { result } = render();
    expect(result.current.flags.size).toBe(0);
    act(() => result.current.toggle(6));
    act(() => result.current.toggle(2));
    expect(flagged(result.current.flags)).toEqual([2, 6]);
    expect(() => act(() => result.current.clear())).not.toThrow();
  });
});
