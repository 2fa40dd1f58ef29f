// GET /api/v1/registration/ — whether candidate and staff registration are open (public).
import { defineRoute } from "@/lib/http/define-route";
import {
  getRegistrationSettings,
  registrationSettings,
} from "@/lib/registration/registration-settings";

export const GET = defineRoute(
  {
    summary: "Registration status",
    tags: ["Registration"],
    auth: "public",
    response: registrationSettings,
  },
  async ({ ctx }) => getRegistrationSettings(ctx.db),
);

export * from "@/lib/http/unserved-methods";
