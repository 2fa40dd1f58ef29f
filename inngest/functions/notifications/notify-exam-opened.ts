import { systemContext } from "@/lib/context";
import { notifyExamOpened } from "@/lib/notifications/notify-exam-opened";
import { defineFunction } from "@/inngest/define-function";
import { stepThroughBatches } from "@/inngest/step-batches";

/** Candidates per step: thousands may take one exam; a resumed run skips finished batches. */
export const examOpenedBatchSize = 500;

/** An exam opened: tell every candidate who may take it, a batch per step (lib/notifications). */
export const notifyExamOpenedFunction = defineFunction(
  { id: "notify-exam-opened", trigger: { event: "exam/exam.opened" }, retries: 3 },
  async ({ event, step }) => {
    const batches = await stepThroughBatches(step, (after) =>
      notifyExamOpened({
        ctx: systemContext(),
        input: { ...event.data, after, size: examOpenedBatchSize },
      }),
    );
    return { notified: batches.reduce((sum, batch) => sum + batch.notified, 0) };
  },
);
