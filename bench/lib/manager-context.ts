// A verified manager and their domain context, for benches that call operations in-process (the
// broadcast and realtime benches create broadcasts as POST /broadcasts/ would).
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { systemClock, type Context } from "@/lib/context";

export async function benchManagerContext(db: Database): Promise<Context> {
  const [manager] = await db
    .insert(users)
    .values({
      email: "manager@example.com",
      userType: "staff",
      role: "manager",
      isUserVerified: true,
    })
    .returning({ id: users.id });
  return {
    db,
    actor: {
      user: {
        id: manager!.id,
        userType: "staff",
        role: "manager",
        isUserVerified: true,
        sessionId: null,
      },
      apiKey: null,
      ip: "bench",
      userAgent: null,
    },
    clock: systemClock,
  };
}
