// Inngest's typed triggers for the platform's events (the registry itself is lib/events).
import { eventType } from "inngest";
import type { z } from "zod";
import { eventSchemas, type EventName } from "@/lib/events/registry";

/** Typed Inngest triggers, one per event. */
export const events = Object.fromEntries(
  Object.entries(eventSchemas).map(([name, schema]) => [
    name,
    eventType(name, {
      schema: schema as z.ZodType<Record<string, unknown>, Record<string, unknown>>,
    }),
  ]),
) as unknown as { [N in EventName]: ReturnType<typeof eventType<N, (typeof eventSchemas)[N]>> };
