"use client";
// The exam page's live "Opens in …" / "Closes in …" / "Closed", by the server's clock; the page
// re-renders from the server when the exam opens or closes, so its status follows.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { countdownText, examWindow } from "./schedule";
import { useServerClock } from "./use-clock";

export function WindowCountdown({
  scheduledIso,
  openDurationHours,
  serverNow,
}: {
  scheduledIso: string;
  openDurationHours: number;
  serverNow: string;
}) {
  const router = useRouter();
  const now = useServerClock(serverNow);
  const timing = examWindow(scheduledIso, openDurationHours, now);
  const shownPhase = useRef(timing.phase);
  useEffect(() => {
    if (timing.phase === shownPhase.current) return;
    shownPhase.current = timing.phase;
    router.refresh();
  }, [timing.phase, router]);
  return (
    <span
      role="timer"
      data-testid="exam-countdown"
      data-phase={timing.phase}
      suppressHydrationWarning
    >
      {countdownText(timing)}
    </span>
  );
}
