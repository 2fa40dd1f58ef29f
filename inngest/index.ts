// Every background function, for the /api/inngest endpoint and for the in-process runner.
import type { PlatformFunction } from "./define-function";
import { deliverBroadcastFunction } from "./functions/broadcasts/deliver-broadcast";
import { deleteUnverifiedStaffFunction } from "./functions/accounts/delete-unverified-staff";
import { pruneOtpCooldownsFunction } from "./functions/accounts/prune-otp-cooldowns";
import { deliverEmailFunction } from "./functions/email/deliver-email";
import { autoSubmitExpiredAttemptsFunction } from "./functions/exams/auto-submit-expired-attempts";
import { rescoreCorrectedQuestionFunction } from "./functions/exams/rescore-corrected-question";
import { scoreSubmittedAttemptFunction } from "./functions/exams/score-submitted-attempt";
import { scoreUnscoredAttemptsFunction } from "./functions/exams/score-unscored-attempts";
import { buildLeaderboardSnapshotFunction } from "./functions/leaderboards/build-leaderboard-snapshot";
import { notifyExamOpenedFunction } from "./functions/notifications/notify-exam-opened";
import { notifyLeaderboardPublishedFunction } from "./functions/notifications/notify-leaderboard-published";
import { notifyScoreRecordedFunction } from "./functions/notifications/notify-score-recorded";
import { notifyVerificationReviewedFunction } from "./functions/notifications/notify-verification-reviewed";
import { pushScoreRecordedFunction } from "./functions/realtime/push-score-recorded";
import { deliverWebhookFunction } from "./functions/webhooks/deliver-webhook";
import { fanOutWebhookEventFunction } from "./functions/webhooks/fan-out-webhook-event";

export const platformFunctions: PlatformFunction[] = [
  deliverEmailFunction,
  deleteUnverifiedStaffFunction,
  pruneOtpCooldownsFunction,
  autoSubmitExpiredAttemptsFunction,
  scoreSubmittedAttemptFunction,
  scoreUnscoredAttemptsFunction,
  rescoreCorrectedQuestionFunction,
  pushScoreRecordedFunction,
  buildLeaderboardSnapshotFunction,
  deliverBroadcastFunction,
  notifyVerificationReviewedFunction,
  notifyExamOpenedFunction,
  notifyScoreRecordedFunction,
  notifyLeaderboardPublishedFunction,
  fanOutWebhookEventFunction,
  deliverWebhookFunction,
];
