// The email an invited person receives: the exam, when it is open, and the link that lets them
// set a password (or sign in with theirs) and land on the exam.
import { compose, link } from "@/lib/accounts/emails";
import type { EmailMessage } from "@/lib/email";
import { invitationLinkDays } from "./schemas";

export function invitationEmail(
  to: { email: string; firstName: string },
  invite: {
    examTitle: string;
    opensAt: Date | null;
    closesAt: Date | null;
    now: Date;
    url: string;
    hasPassword: boolean;
  },
): EmailMessage {
  return compose(to, `You are invited to take "${invite.examTitle}"`, [
    `You are invited to take the exam "${invite.examTitle}" on the competition platform.`,
    ...when(invite),
    invite.hasPassword
      ? "Open the link and sign in with your password to accept; you will then land on the exam:"
      : "Open the link to choose your password; you will then land on the exam:",
    link("Accept the invitation", invite.url),
    `The link works for ${invitationLinkDays} days. If you did not expect this invitation, you can ignore this email.`,
  ]);
}

function when({
  opensAt,
  closesAt,
  now,
}: {
  opensAt: Date | null;
  closesAt: Date | null;
  now: Date;
}) {
  if (!opensAt) return [];
  if (opensAt > now) return [`It opens on ${opensAt.toUTCString()}.`];
  return closesAt ? [`It is open now, until ${closesAt.toUTCString()}.`] : [];
}
