"use client";
// A live "opens in" countdown that refreshes the page when the exam opens.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { formatRemaining } from "./exam-logic";

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
