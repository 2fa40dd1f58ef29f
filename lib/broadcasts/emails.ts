// The email a broadcast sends (medium "email"): its subject, and its message a paragraph per line,
// in the platform's one email layout (lib/accounts/emails.ts compose).
import { compose } from "@/lib/accounts/emails";
import type { EmailMessage } from "@/lib/email";

export function broadcastEmail(
  to: { email: string; firstName: string },
  broadcast: { subject: string; message: string },
): EmailMessage {
  const paragraphs = broadcast.message.split(/\n+/).filter((line) => line.trim() !== "");
  return compose(to, broadcast.subject, paragraphs);
}
