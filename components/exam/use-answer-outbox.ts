"use client";
// The candidate's answers and their autosave. Every choice gets a rising seq, shows at once, joins
// the shared outbox (localStorage: survives reloads and offline spells, shared by the attempt's
// tabs) and is sent answer by answer; a network failure retries with backoff, and the server's
// reply is the receipt ("Saved ✓ 15:22:09"). Answers from other tabs arrive through applyRemote
// and through the shared outbox's storage events; an older answer never replaces a newer one.
import { useCallback, useEffect, useRef, useState } from "react";
import { saveAnswer } from "./exam-api";
import {
  applyAnswer,
  backoffMs,
  createSeqGenerator,
  mergeAnswers,
  type AnswerUpdate,
  type Option,
} from "./exam-logic";
import { SharedOutbox, type KeyValueStorage } from "./shared-outbox";
import { useLatest } from "./use-latest";

export type Answers = Map<number, { option: Option; seq: number }>;
export type Receipt = { seq: number; savedAt: string };
export type SavedUpdate = AnswerUpdate & { savedAt: string };

export type AttemptSnapshot = {
  id: string;
  answers: { question_id: number; selected_option: string; seq: number; saved_at: string }[];
};

/** localStorage, or null where the browser refuses it (some private modes throw on access). */
function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A tab that did not send another tab's queued answers by then sends them itself. */
const ADOPT_QUEUED_AFTER_MS = 2000;

export function useAnswerOutbox({
  examId,
  attempt,
  isTaking,
  isClosed,
  onServerTime,
  onClosedByServer,
  onChosen,
  onSaved,
}: {
  examId: number;
  attempt: AttemptSnapshot;
  /** New choices are taken only while taking; sending stops once closed. */
  isTaking: () => boolean;
  isClosed: () => boolean;
  onServerTime: (deadline: string, serverNow: string) => void;
  onClosedByServer: (code?: string) => void;
  onChosen: (answer: AnswerUpdate) => void;
  onSaved: (answer: SavedUpdate) => void;
}) {
  const [answers, setAnswers] = useState<Answers>(() => mergeAnswers(attempt.answers, []));
  const [receipts, setReceipts] = useState<Map<number, Receipt>>(
    () =>
      new Map(
        attempt.answers.map((answer) => [
          answer.question_id,
          { seq: answer.seq, savedAt: answer.saved_at },
        ]),
      ),
  );
  const [pending, setPending] = useState(0);
  const [online, setOnline] = useState(true);
  const [networkTrouble, setNetworkTrouble] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const answersRef = useRef(answers);
  const outboxRef = useRef<SharedOutbox | null>(null);
  const seqFloorRef = useRef(Math.max(0, ...attempt.answers.map((answer) => answer.seq)) + 1);
  const nextSeqRef = useRef(createSeqGenerator(() => Math.max(Date.now(), seqFloorRef.current)));
  const pumpRef = useRef<Promise<void> | null>(null);
  const failuresRef = useRef(0);
  const retryRef = useRef<number | undefined>(undefined);
  const adoptRef = useRef<number | undefined>(undefined);
  const callbacks = useLatest({ onServerTime, onClosedByServer, onChosen, onSaved, isClosed });

  const outbox = useCallback(() => {
    outboxRef.current ??= new SharedOutbox(attempt.id, browserStorage());
    return outboxRef.current;
  }, [attempt.id]);

  /** Show an answer if it is newer than the one shown; later choices here get a higher seq. */
  const takeAnswer = useCallback((update: AnswerUpdate) => {
    seqFloorRef.current = Math.max(seqFloorRef.current, update.seq + 1);
    const next = applyAnswer(answersRef.current, update);
    if (next === answersRef.current) return;
    answersRef.current = next;
    setAnswers(next);
  }, []);

  /** The server holds this answer (saved now, or already stored with a newer seq). */
  const takeReceipt = useCallback(
    (saved: SavedUpdate) => {
      takeAnswer(saved);
      setReceipts((previous) => {
        const known = previous.get(saved.questionId);
        if (known && known.seq >= saved.seq) return previous;
        const next = new Map(previous);
        next.set(saved.questionId, { seq: saved.seq, savedAt: saved.savedAt });
        return next;
      });
    },
    [takeAnswer],
  );

  /** Send queued answers one by one, until the queue is empty, the page closes or sending fails. */
  const runPump = useCallback(async () => {
    const queue = outbox();
    while (!callbacks.current.isClosed()) {
      const item = queue.items()[0];
      if (!item) break;
      const outcome = await saveAnswer(examId, item);
      if (outcome.action === "ok") {
        const saved = outcome.data;
        failuresRef.current = 0;
        setNetworkTrouble(false);
        callbacks.current.onServerTime(saved.deadline, saved.serverNow);
        // A stale write comes back with the newer stored answer: that one is shown and kept.
        queue.acknowledge(item.questionId, item.seq);
        const update = {
          questionId: saved.questionId,
          option: saved.option,
          seq: saved.seq,
          savedAt: saved.savedAt,
        };
        takeReceipt(update);
        callbacks.current.onSaved(update);
        setPending(queue.size);
        continue;
      }
      if (outcome.action === "closed") {
        callbacks.current.onClosedByServer(outcome.code);
        return;
      }
      if (outcome.action === "retry") {
        failuresRef.current += 1;
        setNetworkTrouble(true);
        window.clearTimeout(retryRef.current);
        retryRef.current = window.setTimeout(
          () => void startPump(),
          backoffMs(failuresRef.current),
        );
        return;
      }
      // Refused for good (e.g. a question removed from the exam): drop it, keep the queue moving.
      setRefusal(outcome.detail ?? "An answer could not be saved.");
      queue.remove(item);
      setPending(queue.size);
    }
    // (startPump, defined below, is only called later, from the retry timer.)
  }, [examId, outbox, takeReceipt, callbacks]);

  const startPump = useCallback((): Promise<void> => {
    pumpRef.current ??= runPump().finally(() => {
      pumpRef.current = null;
    });
    return pumpRef.current;
  }, [runPump]);

  // Answers still queued from before a reload (or by another tab): shown, then sent.
  useEffect(() => {
    const queue = outbox();
    const queued = queue.items();
    const merged = mergeAnswers(attempt.answers, queued);
    // What the server already has in a newer version is not sent again.
    for (const item of queued) {
      if (merged.get(item.questionId)?.seq !== item.seq) queue.remove(item);
    }
    for (const item of queued) {
      seqFloorRef.current = Math.max(seqFloorRef.current, item.seq + 1);
    }
    answersRef.current = merged;
    setAnswers(merged);
    setPending(queue.size);
    setOnline(navigator.onLine);
    void startPump();

    const goOnline = () => {
      setOnline(true);
      failuresRef.current = 0;
      window.clearTimeout(retryRef.current);
      void startPump();
    };
    const goOffline = () => setOnline(false);
    // Another tab changed the shared queue: show its answers, and send them if it does not.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== queue.key) return;
      const items = queue.items();
      for (const item of items) {
        takeAnswer({ questionId: item.questionId, option: item.selectedOption, seq: item.seq });
      }
      setPending(items.length);
      window.clearTimeout(adoptRef.current);
      if (items.length > 0) {
        adoptRef.current = window.setTimeout(() => void startPump(), ADOPT_QUEUED_AFTER_MS);
      }
    };
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    window.addEventListener("storage", onStorage);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("storage", onStorage);
      window.clearTimeout(retryRef.current);
      window.clearTimeout(adoptRef.current);
    };
    // Once per attempt.
  }, [attempt.id]);

  /** The candidate chose an answer on this page. */
  const choose = useCallback(
    (questionId: number, option: Option) => {
      if (!isTaking()) return;
      const seq = nextSeqRef.current();
      takeAnswer({ questionId, option, seq });
      const queue = outbox();
      queue.add({ questionId, selectedOption: option, seq });
      setPending(queue.size);
      callbacks.current.onChosen({ questionId, option, seq });
      void startPump();
    },
    [isTaking, takeAnswer, outbox, startPump, callbacks],
  );

  /** Nothing left to send (the attempt is submitted): empty the queue and stop retrying. */
  const clear = useCallback(() => {
    window.clearTimeout(retryRef.current);
    window.clearTimeout(adoptRef.current);
    outbox().clear();
    setPending(0);
  }, [outbox]);

  return {
    answers,
    answersRef,
    receipts,
    pending,
    online,
    networkTrouble,
    refusal,
    clearRefusal: () => setRefusal(null),
    choose,
    /** Another tab chose (not yet saved) or saved an answer. */
    applyRemote: (update: AnswerUpdate | SavedUpdate) =>
      "savedAt" in update ? takeReceipt(update) : takeAnswer(update),
    flush: startPump,
    clear,
  };
}
