// @vitest-environment happy-dom
// useAttemptPhase: taking ⇄ submitting, then closed for good with the notice that says why; the
// refs answer at once (timers and requests in flight read them between renders).
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useAttemptPhase } from "./use-attempt-phase";

afterEach(cleanup);

const timeUp = { title: "Time is up", detail: "The exam no longer accepts answers." };
const otherTab = { title: "Exam submitted", detail: "Submitted from another tab." };

describe("useAttemptPhase", () => {
  it("starts taking answers, with no notice", () => {
    const { result } = renderHook(() => useAttemptPhase());
    expect(result.current.phase).toBe("taking");
    expect(result.current.notice).toBeNull();
    expect(result.current.isTaking()).toBe(true);
    expect(result.current.isClosed()).toBe(false);
  });

  it("moves to submitting and back to taking (a refused submit)", () => {
    const { result } = renderHook(() => useAttemptPhase());
    act(() => result.current.setPhase("submitting"));
    expect(result.current.phase).toBe("submitting");
    expect(result.current.isTaking()).toBe(false);
    expect(result.current.isClosed()).toBe(false);
    act(() => result.current.setPhase("taking"));
    expect(result.current.phase).toBe("taking");
    expect(result.current.isTaking()).toBe(true);
  });

  it("closes with a notice, and the refs know before the next render", () => {
    const { result } = renderHook(() => useAttemptPhase());
    let seenInSameTurn: [boolean, boolean] | null = null;
    act(() => {
      const phase = result.current;
      phase.close(timeUp);
      seenInSameTurn = [phase.isClosed(), phase.isTaking()];
    });
    expect(seenInSameTurn).toEqual([true, false]);
    expect(result.current.phase).toBe("closed");
    expect(result.current.notice).toEqual(timeUp);
  });

  it("stays closed: a later close keeps the first notice, setPhase is ignored", () => {
    const { result } = renderHook(() => useAttemptPhase());
    act(() => result.current.setPhase("submitting"));
    act(() => result.current.close(timeUp));
    act(() => result.current.close(otherTab));
    act(() => result.current.setPhase("taking"));
    act(() => result.current.setPhase("submitting"));
    expect(result.current.phase).toBe("closed");
    expect(result.current.notice).toEqual(timeUp);
    expect(result.current.isClosed()).toBe(true);
    expect(result.current.isTaking()).toBe(false);
  });

  it("keeps its functions across renders (other hooks list them as dependencies)", () => {
    const { result, rerender } = renderHook(() => useAttemptPhase());
    const first = result.current;
    act(() => first.setPhase("submitting"));
    rerender();
    expect(result.current.setPhase).toBe(first.setPhase);
    expect(result.current.close).toBe(first.close);
    expect(result.current.isTaking).toBe(first.isTaking);
    expect(result.current.isClosed).toBe(first.isClosed);
  });
});
