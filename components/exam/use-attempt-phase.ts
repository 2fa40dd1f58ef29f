"use client";
// Where the attempt stands on this page: taking answers, submitting, or closed (with the notice
// saying why). The refs let timers and requests in flight check the phase without re-rendering.
import { useCallback, useRef, useState } from "react";

export type Phase = "taking" | "submitting" | "closed";
export type ClosedNotice = { title: string; detail: string };

export function useAttemptPhase() {
  const [phase, setPhaseState] = useState<Phase>("taking");
  const [notice, setNotice] = useState<ClosedNotice | null>(null);
  const phaseRef = useRef<Phase>("taking");

  const setPhase = useCallback((next: Exclude<Phase, "closed">) => {
    if (phaseRef.current === "closed") return;
    phaseRef.current = next;
    setPhaseState(next);
  }, []);
  const close = useCallback((closed: ClosedNotice) => {
    if (phaseRef.current === "closed") return;
    phaseRef.current = "closed";
    setNotice(closed);
    setPhaseState("closed");
  }, []);
  const isTaking = useCallback(() => phaseRef.current === "taking", []);
  const isClosed = useCallback(() => phaseRef.current === "closed", []);

  return { phase, notice, setPhase, close, isTaking, isClosed };
}

export type AttemptPhase = ReturnType<typeof useAttemptPhase>;
