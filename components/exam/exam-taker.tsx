"use client";
// The exam-taking page: one question at a time, a server-timed countdown, autosave of every choice
// through a localStorage outbox (survives reloads and offline spells), and submit — by the
// candidate or automatically at zero. Pure logic lives in ./exam-logic.ts.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  OPTIONS,
  acknowledge,
  backoffMs,
  classifyResponse,
  clockOffset,
  createSeqGenerator,
  enqueue,
  formatRemaining,
  mergeAnswers,
  outboxKey,
  parseOutbox,
  remainingMs,
  timeLevel,
  unansweredNumbers,
  type Option,
  type OutboxItem,
} from "./exam-logic";

type Question = {
  id: number;
  text: string;
  option_a: string;
  option_b: string;
  option_c: string;
  option_d: string;
};

type Attempt = {
  id: string;
  deadline: string;
  server_now: string;
  answers: { question_id: number; selected_option: string; seq: number; saved_at: string }[];
};

type Answers = Map<number, { option: Option; seq: number }>;
type Receipt = { seq: number; savedAt: string };
type Closed = { title: string; detail: string };

const optionText = (question: Question, option: (typeof OPTIONS)[number]) =>
  ({ A: question.option_a, B: question.option_b, C: question.option_c, D: question.option_d })[
    option
  ];

const clockTime = (iso: string) =>
  new Date(iso).toLocaleTimeString("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** After a submit at zero, the "time is up" notice stays this long before the result opens. */
const TIME_UP_NOTICE_MS = 3000;

async function readError(response: Response): Promise<{ code?: string; detail?: string }> {
  try {
    return (await response.json()) as { code?: string; detail?: string };
  } catch {
    return {};
  }
}

export function ExamTaker({
  examId,
  title,
  questions,
  attempt,
}: {
  examId: number;
  title: string;
  questions: Question[];
  attempt: Attempt;
}) {
  const router = useRouter();
  const resultHref = `/exams/${examId}/result`;
  const storageKey = outboxKey(attempt.id);
  const questionIds = useMemo(() => questions.map((question) => question.id), [questions]);

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
  const [current, setCurrent] = useState(0);
  const [remaining, setRemaining] = useState(() =>
    remainingMs(attempt.deadline, Date.parse(attempt.server_now), 0),
  );
  const [queueCount, setQueueCount] = useState(0);
  const [online, setOnline] = useState(true);
  const [networkTrouble, setNetworkTrouble] = useState(false);
  const [phase, setPhase] = useState<"taking" | "submitting" | "closed">("taking");
  const [closed, setClosed] = useState<Closed | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");

  const answersRef = useRef(answers);
  const outboxRef = useRef<OutboxItem[]>([]);
  const offsetRef = useRef(0);
  const deadlineRef = useRef(attempt.deadline);
  const seqFloorRef = useRef(Math.max(0, ...attempt.answers.map((answer) => answer.seq)) + 1);
  const nextSeqRef = useRef<() => number>(() => 0);
  const pumpRef = useRef<Promise<void> | null>(null);
  const startPumpRef = useRef<() => Promise<void>>(() => Promise.resolve());
  const failuresRef = useRef(0);
  const retryRef = useRef<number | undefined>(undefined);
  const stoppedRef = useRef(false);
  const submittingRef = useRef(false);
  const autoSubmittedRef = useRef(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const resultTimerRef = useRef<number | undefined>(undefined);
  const levelRef = useRef(timeLevel(remaining));

  const updateAnswers = useCallback((next: Answers) => {
    answersRef.current = next;
    setAnswers(next);
  }, []);

  const updateOutbox = useCallback(
    (next: OutboxItem[]) => {
      outboxRef.current = next;
      setQueueCount(next.length);
      try {
        if (next.length === 0) window.localStorage.removeItem(storageKey);
        else window.localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the queue still lives in memory for this page.
      }
    },
    [storageKey],
  );

  const stop = useCallback((state: Closed) => {
    stoppedRef.current = true;
    window.clearTimeout(retryRef.current);
    setClosed(state);
    setPhase("closed");
  }, []);

  // The candidate chose to submit: straight to the result. Time ran out: let them read why first.
  const openResult = useCallback(
    (kind: "candidate" | "auto") => {
      if (kind === "candidate") router.push(resultHref);
      else {
        resultTimerRef.current = window.setTimeout(
          () => router.push(resultHref),
          TIME_UP_NOTICE_MS,
        );
      }
    },
    [router, resultHref],
  );
  useEffect(() => () => window.clearTimeout(resultTimerRef.current), []);

  const closedByServer = useCallback(
    (code?: string) =>
      stop(
        code === "exam_already_submitted"
          ? { title: "Exam submitted", detail: "Your answers have already been submitted." }
          : {
              title: "Time is up",
              detail: "The exam no longer accepts answers. Your saved answers are submitted.",
            },
      ),
    [stop],
  );

  /** Send queued answers one by one; on a network failure retry later with backoff. */
  const runPump = useCallback(async () => {
    while (outboxRef.current.length > 0 && !stoppedRef.current) {
      const item = outboxRef.current[0]!;
      let response: Response;
      try {
        response = await fetch(`/api/v1/exams/${examId}/answers/${item.questionId}/`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          credentials: "same-origin",
          body: JSON.stringify({ selected_option: item.selectedOption, seq: item.seq }),
        });
      } catch {
        response = Response.error();
      }
      const pumpError = response.ok ? {} : await readError(response);
      const action = classifyResponse(response.status, pumpError.code);
      if (action === "ok") {
        const data = (await response.json()) as {
          saved_at: string;
          deadline: string;
          server_now: string;
        };
        offsetRef.current = clockOffset(data.server_now, Date.now());
        deadlineRef.current = data.deadline;
        failuresRef.current = 0;
        setNetworkTrouble(false);
        updateOutbox(acknowledge(outboxRef.current, item.questionId, item.seq));
        setReceipts((previous) => {
          const next = new Map(previous);
          const known = next.get(item.questionId);
          if (!known || known.seq <= item.seq) {
            next.set(item.questionId, { seq: item.seq, savedAt: data.saved_at });
          }
          return next;
        });
        continue;
      }
      if (action === "closed") {
        closedByServer(pumpError.code);
        return;
      }
      if (action === "retry") {
        failuresRef.current += 1;
        setNetworkTrouble(true);
        window.clearTimeout(retryRef.current);
        retryRef.current = window.setTimeout(
          () => void startPumpRef.current(),
          backoffMs(failuresRef.current),
        );
        return;
      }
      // Any other refusal (e.g. a question removed from the exam): drop it, keep the queue moving.
      setMessage(pumpError.detail ?? "An answer could not be saved.");
      updateOutbox(outboxRef.current.filter((entry) => entry !== item));
    }
  }, [examId, updateOutbox, closedByServer]);

  const startPump = useCallback((): Promise<void> => {
    if (!pumpRef.current) {
      pumpRef.current = runPump().finally(() => {
        pumpRef.current = null;
      });
    }
    return pumpRef.current;
  }, [runPump]);
  useEffect(() => {
    startPumpRef.current = startPump;
  }, [startPump]);

  // Load any answers still queued from before a reload, merge them, and send them.
  useEffect(() => {
    let queued: OutboxItem[] = [];
    try {
      queued = parseOutbox(window.localStorage.getItem(storageKey));
    } catch {
      queued = [];
    }
    const merged = mergeAnswers(attempt.answers, queued);
    const pending = queued.filter((item) => merged.get(item.questionId)?.seq === item.seq);
    offsetRef.current = clockOffset(attempt.server_now, Date.now());
    const floor = Math.max(seqFloorRef.current, ...pending.map((item) => item.seq + 1));
    nextSeqRef.current = createSeqGenerator(() => Math.max(Date.now(), floor));
    updateAnswers(merged);
    updateOutbox(pending);
    setOnline(navigator.onLine);
    void startPump();
    const goOnline = () => {
      setOnline(true);
      failuresRef.current = 0;
      window.clearTimeout(retryRef.current);
      void startPump();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      window.clearTimeout(retryRef.current);
    };
    // Runs once per attempt.
  }, [attempt.id]);

  const submit = useCallback(
    async (kind: "candidate" | "auto") => {
      if (submittingRef.current || stoppedRef.current) return;
      submittingRef.current = true;
      setPhase("submitting");
      setMessage(null);
      dialogRef.current?.close();
      // Flush what can be flushed quickly; the submit body carries every answer anyway.
      await Promise.race([startPump(), sleep(5000)]);
      for (let failures = 1; !stoppedRef.current; failures += 1) {
        const body = {
          answers: [...answersRef.current.entries()]
            .filter(([, answer]) => answer.option !== "")
            .map(([question, answer]) => ({ question, selected_option: answer.option })),
        };
        let response: Response;
        try {
          response = await fetch(`/api/v1/exams/${examId}/submit-exam-answers/`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            credentials: "same-origin",
            body: JSON.stringify(body),
          });
        } catch {
          response = Response.error();
        }
        const error = response.ok ? {} : await readError(response);
        const action = classifyResponse(response.status, error.code);
        if (action === "ok") {
          stoppedRef.current = true;
          updateOutbox([]);
          setPhase("closed");
          setClosed(
            kind === "auto"
              ? {
                  title: "Time is up",
                  detail: "Your answers were submitted automatically. Opening your result…",
                }
              : { title: "Submitted", detail: "Your answers were submitted. Loading your result…" },
          );
          openResult(kind);
          return;
        }
        if (action === "closed") {
          updateOutbox([]);
          closedByServer(error.code);
          openResult(kind);
          return;
        }
        if (action === "drop") {
          setMessage(error.detail ?? "Your answers could not be submitted.");
          submittingRef.current = false;
          setPhase("taking");
          return;
        }
        setMessage("Could not reach the server — retrying the submission…");
        await sleep(backoffMs(failures));
      }
    },
    [examId, startPump, updateOutbox, closedByServer, openResult],
  );

  // The countdown: always recomputed from the clock, so throttled tabs and wrong clocks stay right.
  useEffect(() => {
    const tick = () => {
      const ms = remainingMs(deadlineRef.current, Date.now(), offsetRef.current);
      setRemaining(ms);
      const level = timeLevel(ms);
      if (level !== levelRef.current) {
        levelRef.current = level;
        if (level === "warning") setAnnouncement("5 minutes left.");
        if (level === "critical") setAnnouncement("1 minute left.");
        if (level === "over") setAnnouncement("Time is up. Submitting your answers.");
      }
      if (ms === 0 && !autoSubmittedRef.current) {
        autoSubmittedRef.current = true;
        void submit("auto");
      }
    };
    tick();
    const id = window.setInterval(tick, 250);
    document.addEventListener("visibilitychange", tick);
    return () => {
      window.clearInterval(id);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [submit]);

  const choose = useCallback(
    (questionId: number, option: Option) => {
      if (stoppedRef.current || submittingRef.current) return;
      const seq = nextSeqRef.current();
      const next = new Map(answersRef.current);
      next.set(questionId, { option, seq });
      updateAnswers(next);
      updateOutbox(enqueue(outboxRef.current, { questionId, selectedOption: option, seq }));
      void startPump();
    },
    [startPump, updateAnswers, updateOutbox],
  );

  const question = questions[current];
  if (!question) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-6 py-10">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="mt-2">This exam has no questions.</p>
      </main>
    );
  }
  const chosen = answers.get(question.id)?.option ?? "";
  const receipt = receipts.get(question.id);
  const answerSeq = answers.get(question.id)?.seq ?? 0;
  const saved = chosen !== "" && receipt && receipt.seq >= answerSeq;
  const unanswered = unansweredNumbers(questionIds, answers);
  const level = timeLevel(remaining);
  const disabled = phase !== "taking";

  const go = (index: number) => setCurrent(Math.max(0, Math.min(questions.length - 1, index)));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || disabled) return;
    if (dialogRef.current?.open) return;
    const target = event.target as HTMLElement;
    const inRadio = target instanceof HTMLInputElement && target.type === "radio";
    if (!inRadio && event.key === "ArrowRight") {
      event.preventDefault();
      go(current + 1);
    } else if (!inRadio && event.key === "ArrowLeft") {
      event.preventDefault();
      go(current - 1);
    } else {
      const key = event.key.toUpperCase();
      if ((OPTIONS as readonly string[]).includes(key)) {
        event.preventDefault();
        choose(question.id, key as Option);
      }
    }
  };

  if (phase === "closed" && closed) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-6 py-10">
        <section
          role="status"
          aria-live="polite"
          data-testid="exam-closed"
          className="rounded-lg border border-slate-200 bg-white p-6"
        >
          <h1 className="text-2xl font-bold">{closed.title}</h1>
          <p className="mt-2">{closed.detail}</p>
          <p className="mt-4">
            <a href={resultHref} className="text-brand-700 underline">
              See your result
            </a>
          </p>
        </section>
      </main>
    );
  }

  return (
    <main id="main" className="mx-auto max-w-4xl px-6 py-8" onKeyDown={onKeyDown}>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{title}</h1>
        <div
          className={`rounded px-3 py-2 font-mono text-xl font-semibold tabular-nums ${
            level === "critical" || level === "over"
              ? "bg-red-100 text-red-800"
              : level === "warning"
                ? "bg-amber-100 text-amber-900"
                : "bg-slate-100 text-slate-900"
          }`}
          data-testid="exam-timer"
          data-level={level}
          aria-label={`Time left ${formatRemaining(remaining)}`}
          role="timer"
          suppressHydrationWarning
        >
          {formatRemaining(remaining)}
        </div>
      </div>
      <p className="sr-only" aria-live="assertive" role="status">
        {announcement}
      </p>

      {queueCount > 0 && (!online || networkTrouble) ? (
        <p
          role="status"
          aria-live="polite"
          data-testid="offline-warning"
          className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-900"
        >
          {!online ? "You're offline — " : "Connection problem — "}
          {queueCount} answer{queueCount === 1 ? "" : "s"} waiting to be saved
        </p>
      ) : null}
      {message ? (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm">
          {message}
        </p>
      ) : null}

      <nav aria-label="Questions" className="mt-6">
        <ol className="flex flex-wrap gap-2">
          {questions.map((entry, index) => {
            const isAnswered = Boolean(answers.get(entry.id)?.option);
            const isCurrent = index === current;
            return (
              <li key={entry.id}>
                <button
                  type="button"
                  onClick={() => go(index)}
                  aria-current={isCurrent ? "step" : undefined}
                  aria-label={`Question ${index + 1}, ${isAnswered ? "answered" : "unanswered"}`}
                  data-answered={isAnswered}
                  className={`h-9 w-9 rounded border text-sm font-semibold ${
                    isCurrent ? "border-brand-700 ring-2 ring-brand-600" : "border-slate-300"
                  } ${isAnswered ? "bg-brand-700 text-white" : "bg-white text-slate-800"}`}
                >
                  {index + 1}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section aria-labelledby="question-heading" className="mt-6 rounded-lg border bg-white p-6">
        <h2 id="question-heading" className="text-sm font-semibold text-slate-600">
          Question {current + 1} of {questions.length}
        </h2>
        <fieldset className="mt-2" disabled={disabled}>
          <legend className="text-lg font-medium whitespace-pre-wrap">{question.text}</legend>
          <div className="mt-4 space-y-2">
            {OPTIONS.map((option) => (
              <label
                key={option}
                className={`flex cursor-pointer items-start gap-3 rounded border p-3 ${
                  chosen === option ? "border-brand-700 bg-brand-50" : "border-slate-200"
                }`}
              >
                <input
                  type="radio"
                  name={`question-${question.id}`}
                  value={option}
                  checked={chosen === option}
                  onChange={() => choose(question.id, option)}
                  className="mt-1"
                />
                <span>
                  <span className="font-semibold">{option}.</span> {optionText(question, option)}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <p
          className="mt-3 h-5 text-sm text-slate-600"
          aria-live="polite"
          data-testid="save-receipt"
          suppressHydrationWarning
        >
          {chosen === "" ? "" : saved ? `Saved ✓ ${clockTime(receipt.savedAt)}` : "Saving…"}
        </p>
        <p className="mt-1 text-xs text-slate-500">
          Keys: A–D choose an answer; ← → move between questions.
        </p>
      </section>

      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <div className="flex gap-2">
          <button
            type="button"
            onClick={() => go(current - 1)}
            disabled={current === 0}
            className="rounded border border-slate-300 px-4 py-2 disabled:opacity-50"
          >
            Previous
          </button>
          <button
            type="button"
            onClick={() => go(current + 1)}
            disabled={current === questions.length - 1}
            className="rounded border border-slate-300 px-4 py-2 disabled:opacity-50"
          >
            Next
          </button>
        </div>
        <button
          type="button"
          onClick={() => dialogRef.current?.showModal()}
          disabled={disabled}
          className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-50"
        >
          {phase === "submitting" ? "Submitting…" : "Submit"}
        </button>
      </div>

      <dialog
        ref={dialogRef}
        aria-labelledby="submit-dialog-heading"
        className="m-auto max-w-md rounded-lg p-6 backdrop:bg-slate-900/50"
      >
        <h2 id="submit-dialog-heading" className="text-lg font-semibold">
          Submit your answers?
        </h2>
        {unanswered.length > 0 ? (
          <p className="mt-2" data-testid="unanswered-list">
            {unanswered.length} question{unanswered.length === 1 ? " is" : "s are"} unanswered:{" "}
            {unanswered.join(", ")}.
          </p>
        ) : (
          <p className="mt-2">All questions are answered.</p>
        )}
        <p className="mt-2 text-sm text-slate-600">You cannot change your answers afterwards.</p>
        <div className="mt-4 flex justify-end gap-2">
          <button
            type="button"
            autoFocus
            onClick={() => dialogRef.current?.close()}
            className="rounded border border-slate-300 px-4 py-2"
          >
            Keep working
          </button>
          <button
            type="button"
            onClick={() => void submit("candidate")}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600"
          >
            Submit now
          </button>
        </div>
      </dialog>
    </main>
  );
}
