import { deleteUnverifiedStaff } from "@/lib/accounts/delete-unverified-staff";
import { systemContext } from "@/lib/context";
import { defineFunction } from "@/inngest/define-function";

/** Every minute: remove self-registered staff who did not verify their email within 15 minutes. */
export const deleteUnverifiedStaffFunction = defineFunction(
  { id: "delete-unverified-staff", trigger: { cron: "* * * * *" }, retries: 2 },
  async ({ step }) => step.run("delete", () => deleteUnverifiedStaff({ ctx: systemContext() })),
);
