import { setRegistrationSettings } from "@/lib/registration/registration-settings";
import { createApiKey } from "@/lib/auth/api-keys/create-api-key";
import { apiKeyScopes } from "@/lib/auth/permissions";
import { queueEmail } from "@/lib/email";
import type { Seeder } from "../seeder";

/** Registration open, an integrator key with every scope, and a first message in the mailbox. */
export const platformSeeder: Seeder = {
  name: "platform",
  async run({ ctx }) {
    await setRegistrationSettings(
      ctx.db,
      {
        is_candidate_reg_open: true,
        is_staff_reg_open: true,
        support_email: "support@example.com",
      },
      null,
    );
    const key = await createApiKey({
      ctx,
      input: { name: "Demo integrator", scopes: [...apiKeyScopes] },
    });
    await queueEmail(ctx.db, {
      to: "newcomer@example.com",
      subject: "Welcome to the demo competition",
      text: "This is the dev mailbox: every email the platform sends lands here while no email service is configured.",
      html: "<p>This is the <strong>dev mailbox</strong>: every email the platform sends lands here while no email service is configured.</p>",
    });
    return [{ label: "Demo API key (X-Api-Key)", value: key.key }];
  },
};
