// The email an invited person receives: the exam, who invited them, and the link that lets them
// set a password and land on the exam.
import { compose, link } from "@/lib/accounts/emails";
import type { EmailMessage } from "@/lib/email";
import { invitationLinkDays } from "./schemas";

export function invitationEmail(
  to: { email: string; firstName: string },
  invite: { examTitle: string; opensAt: Date | null; url: string; hasPassword: boolean },
): EmailMessage {
  return compose(to, `You are invited to take "${invite.examTitle}"`, [
    `You are invited to take the exam "${invite.examTitle}" on the competition platform.`,
    ...(invite.opensAt ? [`It opens on ${invite.opensAt.toUTCString()}.`] : []),
    invite.hasPassword
      ? "Open the link to accept, then sign in with your password:"
      : "Open the link to choose your password; you will then land on the exam:",
    link("Accept the invitation", invite.url),
    `The link works for ${invitationLinkDays} days. If you did not expect this invitation, you can ignore this email.`,
  ]);
}
