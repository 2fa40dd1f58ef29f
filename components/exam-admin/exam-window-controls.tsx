"use client";
// An ongoing exam's window on the staff exam page: "Extend window" (extra hours, with the new
// close time shown) and "End now", each confirmed in the app's dialog, which says how many
// candidates are still writing (counted again when it opens, since that changes by the minute).
// What happened is said in a toast: "End now" concludes the exam, and these controls go with it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  candidatesWritingAction,
  concludeExamAction,
  extendExamWindowAction,
  type ExamWindowState,
} from "@/app/(app)/admin/exams/[id]/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LocalTime } from "@/components/ui/local-time";
import { toast } from "@/components/ui/toast";
import { formatHours } from "@/lib/time/format-duration";
import { maxOpenHours, stillWritingSentence } from "./window-words";

export function ExamWindowControls({
  examId,
  title,
  scheduledIso,
  openDurationHours,
  writing: writingAtRender,
}: {
  examId: number;
  title: string;
  scheduledIso: string;
  openDurationHours: number;
  /** Candidates still writing when the page was rendered. */
  writing: number;
}) {
  const router = useRouter();
  const [writing, setWriting] = useState<number | null>(writingAtRender);
  const [extraHours, setExtraHours] = useState("1");
  const [dialogError, setDialogError] = useState<string | null>(null);

  const form = (fields: Record<string, string> = {}) => {
    const data = new FormData();
    data.set("exam_id", String(examId));
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };
  const recount = async (open: boolean) => {
    setDialogError(null);
    if (!open) return;
    setWriting(null);
    const counted = await candidatesWritingAction(form());
    setWriting(counted.writing ?? writingAtRender);
  };
  const settle = (state: ExamWindowState) => {
    if (state.error) {
      setDialogError(state.error);
      return false;
    }
    if (state.done)
      toast({ title: state.done, testId: "exam-window-notice", key: `exam-window-${examId}` });
    router.refresh();
    return true;
  };

  const room = maxOpenHours - openDurationHours;
  const extra = /^\d+$/.test(extraHours.trim()) ? Number(extraHours) : NaN;
  const extraProblem =
    room < 1
      ? `The window is already as long as it can be (${formatHours(maxOpenHours)}).`
      : !Number.isInteger(extra) || extra < 1 || extra > room
        ? `Enter a whole number of hours from 1 to ${room}.`
        : null;
  const newClose = extraProblem
    ? null
    : new Date(Date.parse(scheduledIso) + (openDurationHours + extra) * 3_600_000).toISOString();
  const writingText =
    writing === null ? "Counting the candidates still writing…" : stillWritingSentence(writing);

  // A refusal shown inside whichever dialog is open (its action stays available to retry).
  const dialogErrorLine = dialogError ? (
    <p role="alert" className="mt-3 text-sm text-red-700" data-testid="window-dialog-error">
      {dialogError}
    </p>
  ) : null;

  return (
    <div
      className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-green-200 bg-green-50 px-4 py-3"
      data-testid="exam-window-controls"
    >
      <p className="text-sm text-slate-700">
        <span className="font-semibold text-green-800">Open now.</span>{" "}
        {stillWritingSentence(writingAtRender)}
      </p>
      <div className="flex flex-wrap gap-2">
        <ConfirmDialog
          onOpenChange={(open) => void recount(open)}
          trigger={<Button>Extend window</Button>}
          title={`Extend the window of “${title}”?`}
          description={
            <>
              <p data-testid="window-writing-count">{writingText}</p>
              <p className="mt-2">
                Candidates can start it until the new close time, and those writing get the extra
                time their countdown allows.
              </p>
            </>
          }
          confirmLabel={extraProblem ? "Extend" : `Extend by ${formatHours(extra)}`}
          onConfirm={async () => {
            if (extraProblem) {
              setDialogError(extraProblem);
              return false;
            }
            return settle(
              await extendExamWindowAction(
                form({ open_duration_hours: String(openDurationHours + extra) }),
              ),
            );
          }}
        >
          <div className="mt-4">
            <label htmlFor="extra-hours" className="block text-sm font-medium">
              Extra hours
            </label>
            <input
              id="extra-hours"
              type="number"
              inputMode="numeric"
              min={1}
              max={Math.max(1, room)}
              step={1}
              value={extraHours}
              onChange={(event) => {
                setExtraHours(event.target.value);
                setDialogError(null);
              }}
              aria-invalid={extraProblem ? true : undefined}
              aria-describedby="extra-hours-result"
              className="mt-1 w-32 rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-500"
            />
            <p id="extra-hours-result" className="mt-2 text-sm text-slate-700" aria-live="polite">
              {newClose ? (
                <>
                  New close time: <LocalTime iso={newClose} withZone /> (open for{" "}
                  {formatHours(openDurationHours + extra)} in all).
                </>
              ) : (
                <span className="text-red-700">{extraProblem}</span>
              )}
            </p>
          </div>
          {dialogErrorLine}
        </ConfirmDialog>

        <ConfirmDialog
          onOpenChange={(open) => void recount(open)}
          trigger={<Button tone="danger">End now</Button>}
          tone="danger"
          title={`End “${title}” now?`}
          description={
            <>
              <p data-testid="window-writing-count">
                {writingText}
                {writing ? " Their saved answers will be submitted and scored now." : ""}
              </p>
              <p className="mt-2">
                The exam closes at once: nobody can start it or change an answer afterwards. This
                cannot be undone.
              </p>
            </>
          }
          confirmLabel="End the exam now"
          onConfirm={async () => settle(await concludeExamAction(form()))}
        >
          {dialogErrorLine}
        </ConfirmDialog>
      </div>
    </div>
  );
}
