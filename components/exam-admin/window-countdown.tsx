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
  endedIso,
  serverNow,
}: {
  scheduledIso: string;
  openDurationHours: number;
  /** When it was ended early, if it was. */
  endedIso?: string | null;
  serverNow: string;
}) {
  const router = useRouter();
  const now = useServerClock(serverNow);
  const timing = examWindow(scheduledIso, openDurationHours, now, endedIso);
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
