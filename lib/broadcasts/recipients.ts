// Who a broadcast reaches: active, not deleted accounts whose user type and role are among its
// targets — as SQL, for the fan-out's batches and for the composer's "how many will get it".
import { and, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { users, type BroadcastTargets } from "@/db/schema";

export function recipientsWhere(targets: BroadcastTargets): SQL {
  const groups = (["staff", "candidate"] as const)
    .filter((type) => (targets[type]?.length ?? 0) > 0)
    .map((type) => and(eq(users.userType, type), inArray(users.role, targets[type]!))!);
  return and(
    eq(users.isActive, true),
    isNull(users.deletedAt),
    // No role named reaches nobody (validation refuses it; this keeps it so for any caller).
    groups.length > 0 ? or(...groups) : sql`false`,
  )!;
}
