"use client";
// The exam-taking page: one question at a time under a sticky header with the server-timed
// countdown, autosave of every choice (use-answer-outbox), flags for review, keyboard shortcuts,
// tabs on the same attempt kept in step, and submit — by the candidate or automatically at zero.
// Each concern is a hook of its own; this component only wires them to the views.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ExamClosed } from "./exam-closed";
import { ExamHeader } from "./exam-header";
import { closedNotice, saveState, unansweredNumbers } from "./exam-logic";
import { ExamNotices } from "./exam-notices";
import { ExamTimer } from "./exam-timer";
import { LeaveExamButton } from "./leave-exam-button";
import { QuestionCard, type QuestionView } from "./question-card";
import { QuestionNavigator } from "./question-navigator";
import { flaggedNumbers } from "./review-flags";
import { SubmitDialog } from "./submit-dialog";
import type { TabMessage } from "./tab-messages";
import { readAttemptClock } from "./exam-api";
import { useAnswerOutbox, type AttemptSnapshot } from "./use-answer-outbox";
import { useAttemptPhase } from "./use-attempt-phase";
import { useExamShortcuts } from "./use-exam-shortcuts";
import { useLeaveGuard } from "./use-leave-guard";
import { useReviewFlags } from "./use-review-flags";
import { useServerCountdown } from "./use-server-countdown";
import { useSubmitAttempt, type SubmitKind } from "./use-submit-attempt";
import { useTabSync } from "./use-tab-sync";

type Attempt = AttemptSnapshot & { deadline: string; server_now: string };

/** After a submit at zero, the "time is up" notice stays this long before the result opens. */
const TIME_UP_NOTICE_MS = 3000;

export function ExamTaker({
  examId,
  title,
  questions,
  attempt,
  banner,
}: {
  examId: number;
  title: string;
  questions: QuestionView[];
  attempt: Attempt;
  /** Messages that arrive while the exam is taken (ExamBroadcastBanner), under the title. */
  banner?: ReactNode;
}) {
  const router = useRouter();
  const resultHref = `/exams/${examId}/result`;
  const questionIds = useMemo(() => questions.map((question) => question.id), [questions]);
  const [current, setCurrent] = useState(0);
  const [submitOpen, setSubmitOpen] = useState(false);
  const [leaveOpen, setLeaveOpen] = useState(false);
  const resultTimerRef = useRef<number | undefined>(undefined);

  const phase = useAttemptPhase();
  const flags = useReviewFlags(attempt.id);
  const tabs = useTabSync(attempt.id, (message: TabMessage) => {
    if (message.type === "chosen" || message.type === "saved") outbox.applyRemote(message);
    if (message.type === "submitted") {
      outbox.clear();
      phase.close(closedNotice("other-tab"));
    }
  });
  const countdown = useServerCountdown({
    deadline: attempt.deadline,
    serverNow: attempt.server_now,
    onExpire: () => void submitter.submit("auto"),
    confirmDeadline: async () => {
      const outcome = await readAttemptClock(examId);
      return outcome.action === "ok" ? outcome.data : null;
    },
  });
  const outbox = useAnswerOutbox({
    examId,
    attempt,
    isTaking: phase.isTaking,
    isClosed: phase.isClosed,
    onServerTime: countdown.syncClock,
    onClosedByServer: (code) => {
      outbox.clear();
      phase.close(closedNotice("server", code));
    },
    onChosen: (answer) => tabs.post({ type: "chosen", ...answer }),
    onSaved: (answer) => tabs.post({ type: "saved", ...answer }),
  });

  // The candidate chose to submit: straight to the result. Time ran out: let them read why first.
  const openResult = useCallback(
    (kind: SubmitKind) => {
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

  const submitter = useSubmitAttempt({
    examId,
    phase,
    answersRef: outbox.answersRef,
    flush: outbox.flush,
    clearOutbox: outbox.clear,
    onClosed: (kind, submitted) => {
      if (submitted) tabs.post({ type: "submitted" });
      flags.clear();
      openResult(kind);
    },
  });

  const taking = phase.phase === "taking";
  const go = (index: number) => setCurrent(Math.max(0, Math.min(questions.length - 1, index)));
  const question = questions[current];

  useExamShortcuts(taking && !submitOpen && !leaveOpen && Boolean(question), {
    choose: (option) => question && outbox.choose(question.id, option),
    go: (delta) => go(current + delta),
    flag: () => question && flags.toggle(question.id),
  });
  useLeaveGuard(phase.phase !== "closed");

  if (phase.phase === "closed" && phase.notice) {
    return (
      <>
        <ExamHeader title={title} width="narrow" />
        <ExamClosed notice={phase.notice} resultHref={resultHref} />
      </>
    );
  }

  const header = (
    <ExamHeader title={title}>
      <ExamTimer remaining={countdown.remaining} level={countdown.level} />
      <LeaveExamButton
        deadline={attempt.deadline}
        pending={outbox.pending}
        open={leaveOpen}
        onOpenChange={setLeaveOpen}
      />
    </ExamHeader>
  );

  if (!question) {
    return (
      <>
        {header}
        <main id="main" className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
          <h1 className="text-2xl font-bold">{title}</h1>
          <p className="mt-2">This exam has no questions.</p>
        </main>
      </>
    );
  }

  const answer = outbox.answers.get(question.id);
  const unanswered = unansweredNumbers(questionIds, outbox.answers);
  const flagged = flaggedNumbers(questionIds, flags.flags);

  return (
    <>
      {header}
      <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:px-6">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="sr-only" aria-live="assertive" role="status">
          {countdown.announcement}
        </p>
        {banner}
        <ExamNotices
          pending={outbox.pending}
          online={outbox.online}
          networkTrouble={outbox.networkTrouble}
          otherTabs={tabs.otherTabs}
          problems={[outbox.refusal, submitter.problem]}
        />
        <QuestionNavigator
          questionIds={questionIds}
          current={current}
          answers={outbox.answers}
          flags={flags.flags}
          onGo={go}
        />
        <QuestionCard
          question={question}
          number={current + 1}
          total={questions.length}
          chosen={answer?.option ?? ""}
          save={saveState(answer, outbox.receipts.get(question.id))}
          savedAt={outbox.receipts.get(question.id)?.savedAt}
          flagged={flags.flags.has(question.id)}
          disabled={!taking}
          onChoose={(option) => outbox.choose(question.id, option)}
          onToggleFlag={() => flags.toggle(question.id)}
        />
        <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
          <div className="flex gap-2">
            <Button onClick={() => go(current - 1)} disabled={current === 0}>
              Previous
            </Button>
            <Button onClick={() => go(current + 1)} disabled={current === questions.length - 1}>
              Next
            </Button>
          </div>
          <SubmitDialog
            open={submitOpen}
            onOpenChange={setSubmitOpen}
            unanswered={unanswered}
            flagged={flagged}
            busy={phase.phase === "submitting"}
            onSubmit={() => {
              setSubmitOpen(false);
              void submitter.submit("candidate");
            }}
            onGo={(number) => go(number - 1)}
          />
        </div>
      </main>
    </>
  );
}
