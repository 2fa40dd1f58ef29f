// The email a newly invited staff member receives (POST /staff/invite/).
import { compose, escapeHtml, link } from "@/lib/accounts/emails";
import type { EmailMessage } from "@/lib/email";

type Recipient = { email: string; firstName: string };

export type StaffInviteEmail = {
  inviterName: string;
  role: string;
  appUrl: string;
  /** The generated password; null when the inviter chose one (it is then never emailed). */
  generatedPassword: string | null;
};

export function staffInviteEmail(to: Recipient, invite: StaffInviteEmail): EmailMessage {
  const credentials = invite.generatedPassword
    ? [
        `Sign in with your email address (${to.email}) and this password:`,
        {
          text: invite.generatedPassword,
          html: `<code style="font-size: 1.2em">${escapeHtml(invite.generatedPassword)}</code>`,
        },
        "Change it to one only you know after signing in.",
      ]
    : [
        `Sign in with your email address (${to.email}) and the password ${invite.inviterName} set for you. We never send that password by email: ask ${invite.inviterName} for it, or choose your own with "Forgot password":`,
        link("Choose a password", `${invite.appUrl}/forgot-password`),
      ];
  return compose(to, "You have been invited to the competition staff", [
    `${invite.inviterName} has invited you to join the competition staff as ${invite.role}.`,
    link("Sign in", `${invite.appUrl}/sign-in`),
    ...credentials,
    "Before you can use staff tools you need to verify your identity: after signing in, upload your documents for verification.",
    "If you did not expect this invitation, you can ignore this email.",
  ]);
}
