// What every domain operation receives: the database, who is acting, and the clock. Injecting
// the clock is what makes timed rules (deadlines, expiries, windows) testable.
import { getDb, type Executor } from "@/db/client";
import type { ApiKeyScope } from "@/lib/auth/permissions";
import type { UserType } from "@/lib/auth/roles";

export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

export type ActingUser = {
  id: string;
  userType: UserType;
  role: string;
  isUserVerified: boolean;
  sessionId: string | null;
};

export type ActingApiKey = { id: string; scopes: ApiKeyScope[] };

export type Actor = {
  user: ActingUser | null;
  apiKey: ActingApiKey | null;
  ip: string;
  userAgent: string | null;
};

export const systemActor: Actor = { user: null, apiKey: null, ip: "system", userAgent: null };

export type Context = {
  db: Executor;
  actor: Actor;
  clock: Clock;
};

const globalClock = globalThis as unknown as { __clock?: Clock };

/** The process clock; tests replace it with `useClock` to move time deterministically. */
export function getClock(): Clock {
  return globalClock.__clock ?? systemClock;
}

export function useClock(clock: Clock | undefined): void {
  globalClock.__clock = clock;
}

/** The context for work the platform does on its own behalf (server components, jobs, scripts). */
export function systemContext(): Context {
  return { db: getDb(), actor: systemActor, clock: getClock() };
}

/** The context for a visitor who is not signed in (registration, verification, password reset). */
export function visitorContext(ip: string, userAgent: string | null): Context {
  return { db: getDb(), actor: { user: null, apiKey: null, ip, userAgent }, clock: getClock() };
}
