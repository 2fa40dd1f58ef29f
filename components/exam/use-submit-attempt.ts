"use client";
// Submitting the attempt: by the candidate (after the dialog) or automatically at zero. Queued
// answers are flushed first (briefly: the submit carries every answer anyway), then the submit is
// retried until the server answers; a closed exam or an earlier submit closes the page as well.
import { useCallback, useRef, useState } from "react";
import { submitAttempt } from "./exam-api";
import { backoffMs, closedNotice } from "./exam-logic";
import type { Answers } from "./use-answer-outbox";
import type { AttemptPhase } from "./use-attempt-phase";
import { useLatest } from "./use-latest";

export type SubmitKind = "candidate" | "auto";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long the submit waits for queued answers to be saved one by one before sending them all. */
const FLUSH_WAIT_MS = 5000;

export function useSubmitAttempt({
  examId,
  phase,
  answersRef,
  flush,
  clearOutbox,
  onClosed,
}: {
  examId: number;
  phase: AttemptPhase;
  answersRef: { current: Answers };
  flush: () => Promise<void>;
  clearOutbox: () => void;
  /** The attempt is closed: `submitted` when this page's submit was the one accepted. */
  onClosed: (kind: SubmitKind, submitted: boolean) => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const busyRef = useRef(false);
  const latest = useLatest({ flush, clearOutbox, onClosed });

  const submit = useCallback(
    async (kind: SubmitKind) => {
      if (busyRef.current || phase.isClosed()) return;
      busyRef.current = true;
      phase.setPhase("submitting");
      setProblem(null);
      await Promise.race([latest.current.flush(), sleep(FLUSH_WAIT_MS)]);
      for (let failures = 1; !phase.isClosed(); failures += 1) {
        const answers = [...answersRef.current.entries()]
          .filter(([, answer]) => answer.option !== "")
          .map(([question, answer]) => ({ question, selected_option: answer.option }));
        const outcome = await submitAttempt(examId, answers);
        if (outcome.action === "ok") {
          latest.current.clearOutbox();
          phase.close(closedNotice(kind === "auto" ? "auto-submitted" : "submitted"));
          latest.current.onClosed(kind, true);
          return;
        }
        if (outcome.action === "closed") {
          latest.current.clearOutbox();
          phase.close(closedNotice("server", outcome.code, kind));
          latest.current.onClosed(kind, false);
          return;
        }
        if (outcome.action === "drop") {
          setProblem(outcome.detail ?? "Your answers could not be submitted.");
          busyRef.current = false;
          phase.setPhase("taking");
          return;
        }
        setProblem("Could not reach the server — retrying the submission…");
        await sleep(backoffMs(failures));
      }
    },
    [examId, phase, answersRef, latest],
  );

  return { submit, problem };
}
