"use client";
// "Submit your answers?": what is unanswered and what is flagged for review (each number goes
// back to that question), before the answers become final.
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from "@/components/ui/dialog";

function QuestionLinks({ numbers, onGo }: { numbers: number[]; onGo: (number: number) => void }) {
  return (
    <>
      {numbers.map((number, index) => (
        // The comma after the number, so a line never starts with one.
        <span key={number}>
          <button
            type="button"
            className="text-brand-700 underline"
            aria-label={`Go to question ${number}`}
            onClick={() => onGo(number)}
          >
            {number}
          </button>
          {index < numbers.length - 1 ? ", " : null}
        </span>
      ))}
    </>
  );
}

export function SubmitDialog({
  open,
  onOpenChange,
  unanswered,
  flagged,
  busy,
  onSubmit,
  onGo,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** 1-based question numbers. */
  unanswered: number[];
  flagged: number[];
  busy: boolean;
  onSubmit: () => void;
  onGo: (number: number) => void;
}) {
  const go = (number: number) => {
    onOpenChange(false);
    onGo(number);
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button tone="primary" disabled={busy} className="px-5">
          {busy ? "Submitting…" : "Submit"}
        </Button>
      </DialogTrigger>
      <DialogContent title="Submit your answers?">
        {unanswered.length > 0 ? (
          <p className="mt-2" data-testid="unanswered-list">
            {unanswered.length} question{unanswered.length === 1 ? " is" : "s are"} unanswered:{" "}
            <QuestionLinks numbers={unanswered} onGo={go} />.
          </p>
        ) : (
          <p className="mt-2">All questions are answered.</p>
        )}
        {flagged.length > 0 ? (
          <p className="mt-2" data-testid="flagged-list">
            Flagged for review: <QuestionLinks numbers={flagged} onGo={go} />.
          </p>
        ) : null}
        <p className="mt-2 text-sm text-slate-600">You cannot change your answers afterwards.</p>
        <DialogFooter>
          <DialogClose asChild>
            <Button>Keep working</Button>
          </DialogClose>
          <Button tone="primary" onClick={onSubmit}>
            Submit now
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
