"use client";
// Times shown in the viewer's own time zone (UTC on the server render, local after hydration),
// and a live "opens in" countdown that refreshes the page when the exam opens.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useHydrated } from "@/components/verification/use-hydrated";
import { formatRemaining } from "./exam-logic";

export function LocalTime({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  const text = hydrated
    ? date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
    : date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) +
      " UTC";
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}

/** "Opens in 1:02:03", recomputed from the clock every second; refreshes the page at zero. */
export function OpensIn({ iso, serverNow }: { iso: string; serverNow: string }) {
  const router = useRouter();
  const target = Date.parse(iso);
  // The server's now at render time gives the first value; afterwards the device clock ticks.
  const [offset] = useState(() => Date.parse(serverNow) - Date.now());
  const [left, setLeft] = useState(() => Math.max(0, target - Date.parse(serverNow)));
  useEffect(() => {
    const tick = () => {
      const remaining = Math.max(0, target - (Date.now() + offset));
      setLeft(remaining);
      if (remaining === 0) {
        window.clearInterval(id);
        router.refresh();
      }
    };
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, [target, offset, router]);
  const days = Math.floor(left / 86_400_000);
  return (
    <span suppressHydrationWarning>
      {left === 0
        ? "Opening now…"
        : `Opens in ${days > 0 ? `${days}d ` : ""}${formatRemaining(left % 86_400_000)}`}
    </span>
  );
}

/** Re-render the server page every `ms` until unmounted (the result page while scoring). */
export function AutoRefresh({ ms }: { ms: number }) {
  const router = useRouter();
  useEffect(() => {
    const id = window.setInterval(() => router.refresh(), ms);
    return () => window.clearInterval(id);
  }, [ms, router]);
  return null;
}
