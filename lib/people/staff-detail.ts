// GET /staff/{id}/: one staff member in full (manager+; the caller checks staff:view).
import type { Context } from "@/lib/context";
import { buildFullProfile, loadPerson, type FullProfile } from "./profile";

export async function getStaffDetail({
  ctx,
  input,
}: {
  ctx: Context;
  input: { staffId: string };
}): Promise<FullProfile> {
  return buildFullProfile(ctx, await loadPerson(ctx, input.staffId, "staff"));
}
