import { systemContext } from "@/lib/context";
import { notifyLeaderboardPublished } from "@/lib/notifications/notify-leaderboard-published";
import { defineFunction } from "@/inngest/define-function";

const batchSize = 500;

/** A leaderboard was published: tell everyone on a shown board where they stand, a batch a step. */
export const notifyLeaderboardPublishedFunction = defineFunction(
  { id: "notify-leaderboard-published", trigger: { event: "leaderboard/published" }, retries: 3 },
  async ({ event, step }) => {
    let after: string | null = null;
    let notified = 0;
    for (let batch = 0; ; batch += 1) {
      const from: string | null = after;
      const result: { last: string | null; notified: number } = await step.run(
        `batch-${batch}`,
        () =>
          notifyLeaderboardPublished({
            ctx: systemContext(),
            input: { ...event.data, after: from, size: batchSize },
          }),
      );
      notified += result.notified;
      if (!result.last) break;
      after = result.last;
    }
    return { notified };
  },
);
