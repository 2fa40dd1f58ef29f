"use client";
// The questions flagged for review on this attempt (see review-flags.ts for why they live in
// localStorage): loaded after hydration, saved on every change, and kept in step across tabs by
// storage events.
import { useCallback, useEffect, useRef, useState } from "react";
import { flagsKey, parseFlags, serializeFlags, toggleFlag } from "./review-flags";

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the flags last as long as the page.
  }
}

export function useReviewFlags(attemptId: string) {
  const key = flagsKey(attemptId);
  const [flags, setFlags] = useState<ReadonlySet<number>>(() => new Set());
  const flagsRef = useRef(flags);

  const show = useCallback((next: ReadonlySet<number>) => {
    flagsRef.current = next;
    setFlags(next);
  }, []);

  useEffect(() => {
    show(parseFlags(read(key)));
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) show(parseFlags(event.newValue));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [key, show]);

  const toggle = useCallback(
    (questionId: number) => {
      const next = toggleFlag(flagsRef.current, questionId);
      show(next);
      write(key, next.size === 0 ? null : serializeFlags(next));
    },
    [key, show],
  );

  /** The attempt is over: the reminders are no longer needed on this device. */
  const clear = useCallback(() => write(key, null), [key]);

  return { flags, toggle, clear };
}
