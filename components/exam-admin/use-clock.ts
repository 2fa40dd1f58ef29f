"use client";
// Clock hooks of the staff exam pages: the viewer's time zone (null until hydrated, so the server
// render never guesses it) and a clock that starts at the server's `now` and ticks every second.
import { useEffect, useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** The browser's IANA time zone ("Europe/Berlin"); null during the server render. */
export function useTimeZone(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}

/**
 * Milliseconds since the epoch by the server's clock: the server's `now` at render time first (so
 * server and browser render the same text), then the device clock corrected by the difference.
 */
export function useServerClock(serverNow: string): number {
  const [offset] = useState(() => Date.parse(serverNow) - Date.now());
  const [now, setNow] = useState(() => Date.parse(serverNow));
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now() + offset), 1000);
    return () => window.clearInterval(id);
  }, [offset]);
  return now;
}
