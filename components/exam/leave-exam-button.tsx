"use client";
// "Leave exam", confirmed first: the clock does not stop while the candidate is away.
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LocalTime } from "@/components/ui/local-time";

export function LeaveExamButton({
  deadline,
  pending,
  open,
  onOpenChange,
}: {
  deadline: string;
  /** Answers not yet confirmed by the server. */
  pending: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const router = useRouter();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <Button size="small" tone="secondary">
          Leave exam
        </Button>
      }
      title="Leave the exam?"
      description={
        <>
          <p>
            The clock keeps running while you are away: your time ends at{" "}
            <LocalTime iso={deadline} style="time" /> whether or not you come back.
          </p>
          <p className="mt-2">
            Your saved answers are kept, and you can come back from the exams page until then.
          </p>
          {pending > 0 ? (
            <p className="mt-2 font-medium text-amber-900">
              {pending} answer{pending === 1 ? " is" : "s are"} not saved yet:{" "}
              {pending === 1 ? "it is" : "they are"} sent when you open the exam again on this
              device.
            </p>
          ) : null}
        </>
      }
      cancelLabel="Stay in the exam"
      confirmLabel="Leave exam"
      onConfirm={() => {
        router.push("/exams");
      }}
    />
  );
}
