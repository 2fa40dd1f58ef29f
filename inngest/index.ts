// Every background function, for the /api/inngest endpoint and for the in-process runner.
import type { PlatformFunction } from "./define-function";
import { deliverEmailFunction } from "./functions/email/deliver-email";

export const platformFunctions: PlatformFunction[] = [deliverEmailFunction];
