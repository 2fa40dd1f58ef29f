import { systemContext } from "@/lib/context";
import { notifyVerificationReviewed } from "@/lib/notifications/notify-verification-reviewed";
import { defineFunction } from "@/inngest/define-function";

/** A verification was approved or rejected: tell the person (lib/notifications). */
export const notifyVerificationReviewedFunction = defineFunction(
  {
    id: "notify-verification-reviewed",
    trigger: { event: "user/verification.reviewed" },
    retries: 3,
  },
  async ({ event, step }) =>
    step.run("notify", () =>
      notifyVerificationReviewed({ ctx: systemContext(), input: event.data }),
    ),
);
