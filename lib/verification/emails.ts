// The emails a person receives about their identity verification.
import { compose, link } from "@/lib/accounts/emails";
import type { EmailMessage } from "@/lib/email";
import { appUrl } from "@/lib/env";

type Recipient = { email: string; firstName: string };

export function verificationApprovedEmail(to: Recipient): EmailMessage {
  return compose(to, "Your identity has been verified", [
    "Your identity verification was approved. You now have full access to the platform.",
    link("Sign in", `${appUrl}/sign-in`),
  ]);
}

export function verificationRejectedEmail(to: Recipient, reason: string | null): EmailMessage {
  return compose(to, "Your identity verification was not approved", [
    reason
      ? `Your identity verification was not approved. The reviewer gave this reason: ${reason}`
      : "Your identity verification was not approved.",
    "Sign in and upload new documents to try again.",
    link("Sign in", `${appUrl}/sign-in`),
  ]);
}
