// Every background function, for the /api/inngest endpoint and for the in-process runner.
import type { PlatformFunction } from "./define-function";
import { deleteUnverifiedStaffFunction } from "./functions/accounts/delete-unverified-staff";
import { pruneOtpCooldownsFunction } from "./functions/accounts/prune-otp-cooldowns";
import { deliverEmailFunction } from "./functions/email/deliver-email";

export const platformFunctions: PlatformFunction[] = [
  deliverEmailFunction,
  deleteUnverifiedStaffFunction,
  pruneOtpCooldownsFunction,
];
