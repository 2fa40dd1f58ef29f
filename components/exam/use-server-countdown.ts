"use client";
// The countdown to the server's deadline. Always recomputed from the device clock plus the
// server's offset (re-measured on every save), so a throttled tab or a wrong device clock stays
// right; announces 5 minutes, 1 minute and zero to screen readers. At zero it first asks the
// server for the deadline (`confirmDeadline`): an admin may have extended the window since the
// last save told us, and then the clock runs on; otherwise it calls onExpire, once.
import { useCallback, useEffect, useRef, useState } from "react";
import { clockOffset, levelAnnouncement, remainingMs, timeLevel } from "./exam-logic";
import { useLatest } from "./use-latest";

/** Said when the server moved the deadline later just as the time ran out. */
function extendedAnnouncement(deadline: string, offset: number): string {
  const minutes = Math.max(1, Math.ceil(remainingMs(deadline, Date.now(), offset) / 60_000));
  return `More time was given: ${minutes} ${minutes === 1 ? "minute" : "minutes"} left.`;
}

export function useServerCountdown({
  deadline,
  serverNow,
  onExpire,
  confirmDeadline,
}: {
  deadline: string;
  serverNow: string;
  onExpire: () => void;
  /** The server's current deadline and clock; null when it cannot be read (then time is up). */
  confirmDeadline?: () => Promise<{ deadline: string; serverNow: string } | null>;
}) {
  const [remaining, setRemaining] = useState(() => remainingMs(deadline, Date.parse(serverNow), 0));
  const [announcement, setAnnouncement] = useState("");
  const offsetRef = useRef(0);
  const deadlineRef = useRef(deadline);
  const levelRef = useRef(timeLevel(remaining));
  const expiredRef = useRef(false);
  const onExpireRef = useLatest(onExpire);
  const confirmRef = useLatest(confirmDeadline);

  /** A response from the server: its clock and the attempt's (unchanged or extended) deadline. */
  const syncClock = useCallback((nextDeadline: string, nextServerNow: string) => {
    deadlineRef.current = nextDeadline;
    offsetRef.current = clockOffset(nextServerNow, Date.now());
  }, []);

  useEffect(() => {
    offsetRef.current = clockOffset(serverNow, Date.now());
    const tick = () => {
      const ms = remainingMs(deadlineRef.current, Date.now(), offsetRef.current);
      setRemaining(ms);
      const level = timeLevel(ms);
      if (level !== levelRef.current) {
        levelRef.current = level;
        const words = levelAnnouncement(level);
        if (words) setAnnouncement(words);
      }
      if (ms === 0 && !expiredRef.current) {
        expiredRef.current = true;
        const confirm = confirmRef.current;
        if (!confirm) onExpireRef.current();
        else
          void confirm().then((latest) => {
            if (latest && Date.parse(latest.deadline) > Date.parse(latest.serverNow)) {
              // Extended: the clock runs on to the new deadline (and asks again there), and a
              // screen reader that just heard "Time is up" hears that it is not.
              deadlineRef.current = latest.deadline;
              offsetRef.current = clockOffset(latest.serverNow, Date.now());
              expiredRef.current = false;
              tick();
              setAnnouncement(extendedAnnouncement(deadlineRef.current, offsetRef.current));
            } else onExpireRef.current();
          });
      }
    };
    tick();
    const id = window.setInterval(tick, 250);
    document.addEventListener("visibilitychange", tick);
    return () => {
      window.clearInterval(id);
      document.removeEventListener("visibilitychange", tick);
    };
    // The page's first server time only; later ones arrive through syncClock.
  }, []);

  return { remaining, level: timeLevel(remaining), announcement, syncClock };
}
