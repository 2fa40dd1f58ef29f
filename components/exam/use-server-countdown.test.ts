// @vitest-environment happy-dom
// useServerCountdown against a device clock that is wrong on purpose: the countdown must follow the
// server's clock (offset = server_now − device now), hit zero exactly at the deadline, announce the
// levels, and at zero ask the server (POST …/start/, the fetch stubbed) whether the window was
// extended before it gives up.
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readAttemptClock } from "./exam-api";
import { useServerCountdown } from "./use-server-countdown";

const examId = 7;
const MIN = 60_000;
const serverStart = Date.parse("2026-06-01T10:00:00.000Z");
const iso = (ms: number) => new Date(ms).toISOString();

/** The device's clock at mount: an hour behind the server unless a test says otherwise. */
function useDeviceClock(offsetFromServerMs = -60 * MIN) {
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"],
    now: serverStart + offsetFromServerMs,
  });
}

/** What exam-taker passes: the server's deadline now, or null when it cannot be read. */
async function confirmFromServer() {
  const outcome = await readAttemptClock(examId);
  return outcome.action === "ok" ? outcome.data : null;
}

function startResponse(deadline: number, serverNow: number) {
  return Response.json({
    attempt: {
      id: "0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f",
      started_at: iso(serverStart - 30 * MIN),
      deadline: iso(deadline),
      server_now: iso(serverNow),
      answers: [],
    },
  });
}

function render(
  deadlineMs: number,
  options: { confirm?: () => Promise<{ deadline: string; serverNow: string } | null> } = {},
) {
  const onExpire = vi.fn();
  const hook = renderHook(() =>
    useServerCountdown({
      deadline: iso(deadlineMs),
      serverNow: iso(serverStart),
      onExpire,
      confirmDeadline: options.confirm,
    }),
  );
  return { ...hook, onExpire };
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.unstubAllGlobals();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("useServerCountdown", () => {
  it.each([
    ["an hour behind", -60 * MIN],
    ["right", 0],
    ["ten minutes ahead", 10 * MIN],
  ])("counts down on the server's clock when the device clock is %s", async (_, offset) => {
    useDeviceClock(offset);
    const { result } = render(serverStart + 30 * MIN);
    expect(result.current.remaining).toBe(30 * MIN);
    await advance(10 * MIN);
    expect(result.current.remaining).toBe(20 * MIN);
    expect(result.current.level).toBe("normal");
  });

  it("reaches zero exactly at the deadline and expires once", async () => {
    useDeviceClock();
    const { result, onExpire } = render(serverStart + 2000);
    await advance(1750);
    expect(result.current.remaining).toBe(250);
    expect(result.current.level).toBe("critical");
    expect(onExpire).not.toHaveBeenCalled();
    await advance(250);
    expect(result.current.remaining).toBe(0);
    expect(result.current.level).toBe("over");
    expect(onExpire).toHaveBeenCalledTimes(1);
    await advance(10_000);
    expect(result.current.remaining).toBe(0);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it("announces 5 minutes, 1 minute and zero as the levels are crossed", async () => {
    useDeviceClock();
    const { result } = render(serverStart + 5 * MIN + 1000);
    expect(result.current.announcement).toBe("");
    expect(result.current.level).toBe("normal");
    await advance(1000);
    expect(result.current.level).toBe("warning");
    expect(result.current.announcement).toBe("5 minutes left.");
    await advance(4 * MIN - 250);
    expect(result.current.announcement).toBe("5 minutes left.");
    await advance(250);
    expect(result.current.level).toBe("critical");
    expect(result.current.announcement).toBe("1 minute left.");
    await advance(MIN);
    expect(result.current.announcement).toBe("Time is up. Submitting your answers.");
  });

  it("does not announce the level the page loads in", async () => {
    useDeviceClock();
    const { result } = render(serverStart + 3 * MIN);
    await advance(1000);
    expect(result.current.level).toBe("warning");
    expect(result.current.announcement).toBe("");
  });

  it("takes a later server time: a re-measured offset and an extended deadline", async () => {
    useDeviceClock();
    const { result } = render(serverStart + 30 * MIN);
    await advance(MIN);
    expect(result.current.remaining).toBe(29 * MIN);
    // A save's reply: the server's clock reads 30 s later than our estimate, and 10 more minutes.
    act(() => result.current.syncClock(iso(serverStart + 40 * MIN), iso(serverStart + 90_000)));
    await advance(250);
    expect(result.current.remaining).toBe(40 * MIN - 90_000 - 250);
  });

  it("catches up at once when a throttled tab becomes visible", async () => {
    useDeviceClock();
    const { result } = render(serverStart + 30 * MIN);
    // Timers did not run (a background tab) while five minutes went by on the device.
    vi.setSystemTime(Date.now() + 5 * MIN);
    expect(result.current.remaining).toBe(30 * MIN);
    act(() => {
      document.dispatchEvent(new Event("visibilitychange"));
    });
    expect(result.current.remaining).toBe(25 * MIN);
  });

  it("at zero asks the server, runs on to an extended deadline, and expires at the next one", async () => {
    useDeviceClock();
    const deadline = serverStart + 1000;
    const extended = deadline + 5 * MIN;
    let release: (response: Response) => void = () => {};
    const fetchMock = vi
      .fn()
      .mockImplementationOnce(() => new Promise<Response>((resolve) => (release = resolve)))
      .mockImplementationOnce(async () => startResponse(extended, extended + 50));
    vi.stubGlobal("fetch", fetchMock);
    const { result, onExpire } = render(deadline, { confirm: confirmFromServer });

    await advance(1000);
    expect(result.current.remaining).toBe(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/v1/exams/${examId}/start/`);
    expect(init).toMatchObject({ method: "POST" });
    // Still waiting for the answer: no second question, no expiry.
    await advance(2000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(onExpire).not.toHaveBeenCalled();

    // The server's clock reads deadline + 2 s (device time went on 2 s): 4:58 left.
    expect(result.current.announcement).toBe("Time is up. Submitting your answers.");
    await act(async () => release(startResponse(extended, deadline + 2000)));
    await advance(0);
    expect(result.current.remaining).toBe(5 * MIN - 2000);
    expect(result.current.level).toBe("warning");
    expect(onExpire).not.toHaveBeenCalled();
    // "Time is up" was said at zero; the extension is said too, so it is not left standing.
    expect(result.current.announcement).toBe("More time was given: 5 minutes left.");

    await advance(5 * MIN - 2000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(result.current.remaining).toBe(0);
  });

  it("says so when a long extension arrives at zero (no level announcement would replace 'Time is up')", async () => {
    useDeviceClock();
    const deadline = serverStart + 1000;
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => startResponse(deadline + 30 * MIN, deadline)),
    );
    const { result, onExpire } = render(deadline, { confirm: confirmFromServer });
    await advance(1000);
    await advance(0);
    expect(result.current.level).toBe("normal");
    expect(result.current.remaining).toBe(30 * MIN);
    expect(result.current.announcement).toBe("More time was given: 30 minutes left.");
    expect(onExpire).not.toHaveBeenCalled();
  });

  it("expires when the server cannot be asked at zero", async () => {
    useDeviceClock();
    const fetchMock = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    vi.stubGlobal("fetch", fetchMock);
    const { onExpire } = render(serverStart + 500, { confirm: confirmFromServer });
    await advance(500);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it("stops ticking when unmounted", async () => {
    useDeviceClock();
    const { unmount, onExpire } = render(serverStart + 1000);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(onExpire).not.toHaveBeenCalled();
  });
});
