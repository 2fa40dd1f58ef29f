import { systemContext } from "@/lib/context";
import { notifyExamOpened } from "@/lib/notifications/notify-exam-opened";
import { defineFunction } from "@/inngest/define-function";

/** Candidates per step: thousands may take one exam; a resumed run skips finished batches. */
export const examOpenedBatchSize = 500;

/** An exam opened: tell every candidate who may take it, a batch per step (lib/notifications). */
export const notifyExamOpenedFunction = defineFunction(
  { id: "notify-exam-opened", trigger: { event: "exam/exam.opened" }, retries: 3 },
  async ({ event, step }) => {
    let after: string | null = null;
    let notified = 0;
    for (let batch = 0; ; batch += 1) {
      const from: string | null = after;
      const result: { last: string | null; notified: number } = await step.run(
        `batch-${batch}`,
        () =>
          notifyExamOpened({
            ctx: systemContext(),
            input: { ...event.data, after: from, size: examOpenedBatchSize },
          }),
      );
      notified += result.notified;
      if (!result.last) break;
      after = result.last;
    }
    return { notified };
  },
);
