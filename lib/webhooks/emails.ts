// The email to a webhook's owner when the platform turns the webhook off after days of failures.
import { compose } from "@/lib/accounts/emails";
import type { EmailMessage } from "@/lib/email";
import { appUrl } from "@/lib/env";

export function webhookDisabledEmail(
  to: { email: string; firstName: string },
  endpoint: { id: string; url: string },
  reason: string,
): EmailMessage {
  return compose(to, "A webhook was turned off", [
    `The platform turned off the webhook to ${endpoint.url}.`,
    reason,
    `Once the receiver works again, turn the webhook back on and replay the deliveries it missed: ${appUrl}/admin/integrations/webhooks/${endpoint.id}`,
  ]);
}
