import { systemContext } from "@/lib/context";
import { notifyLeaderboardPublished } from "@/lib/notifications/notify-leaderboard-published";
import { defineFunction } from "@/inngest/define-function";
import { stepThroughBatches } from "@/inngest/step-batches";

const batchSize = 500;

/** A leaderboard was published: tell everyone on a shown board where they stand, a batch a step. */
export const notifyLeaderboardPublishedFunction = defineFunction(
  { id: "notify-leaderboard-published", trigger: { event: "leaderboard/published" }, retries: 3 },
  async ({ event, step }) => {
    const batches = await stepThroughBatches(step, (after) =>
      notifyLeaderboardPublished({
        ctx: systemContext(),
        input: { ...event.data, after, size: batchSize },
      }),
    );
    return { notified: batches.reduce((sum, batch) => sum + batch.notified, 0) };
  },
);
