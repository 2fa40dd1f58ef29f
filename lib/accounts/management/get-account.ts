import type { z } from "zod";
import type { Context } from "@/lib/context";
import { buildFullProfile } from "@/lib/people/profile";
import { resolveAccount } from "./resolve-account";
import type { accountResponse } from "./schemas";

/** GET /account-management/[{user_id}/]: the full profile of oneself or (manager+) someone else. */
export async function getAccount({
  ctx,
  input,
}: {
  ctx: Context;
  input: { userId?: string };
}): Promise<z.output<typeof accountResponse>> {
  const person = await resolveAccount(ctx, input.userId, "view");
  return { profile: await buildFullProfile(ctx, person) };
}
