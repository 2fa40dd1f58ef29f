import { deliverBroadcastBatch } from "@/lib/broadcasts/deliver-broadcast-batch";
import { finishBroadcast } from "@/lib/broadcasts/finish-broadcast";
import { sendBroadcastEmails } from "@/lib/broadcasts/send-broadcast-emails";
import { startBroadcast } from "@/lib/broadcasts/start-broadcast";
import { systemContext } from "@/lib/context";
import { defineFunction } from "@/inngest/define-function";
import { stepThroughBatches } from "@/inngest/step-batches";

/** Recipients per step: a crash resumes at the next batch; a repeated batch delivers nothing twice. */
export const broadcastBatchSize = 500;

const retries = 3;

/**
 * After POST /broadcasts/: start, deliver batch after batch (one step each, then one step sending
 * that batch's emails in bulk), then log and finish. A refused email batch fails its step, so the
 * run is retried from there (finished steps are not run again); on the last try its emails are
 * marked failed and the rest of the broadcast goes on.
 */
export const deliverBroadcastFunction = defineFunction(
  { id: "deliver-broadcast", trigger: { event: "broadcast/broadcast.created" }, retries },
  async ({ event, step, attempt }) => {
    const id = event.data.broadcastId;
    const started = await step.run("start", () =>
      startBroadcast({ ctx: systemContext(), input: { id } }),
    );
    if (!started) return { delivered: 0 };
    const batches = await stepThroughBatches(
      step,
      (after) =>
        deliverBroadcastBatch({
          ctx: systemContext(),
          input: { broadcastId: id, after, size: broadcastBatchSize },
        }),
      async (result, batch) => {
        if (result.emailIds.length === 0) return;
        await step.run(`emails-${batch}`, () =>
          sendBroadcastEmails({
            ctx: systemContext(),
            input: {
              broadcastId: id,
              batch,
              emailIds: result.emailIds,
              lastTry: attempt >= retries,
            },
          }),
        );
      },
    );
    await step.run("finish", () => finishBroadcast({ ctx: systemContext(), input: { id } }));
    return { delivered: batches.reduce((sum, batch) => sum + batch.delivered, 0) };
  },
);
