// The only reader of process.env. Every variable is documented in .env.example.
import path from "node:path";
import { z } from "zod";

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((value) =>
      value === undefined || value === "" ? fallback : value === "true" || value === "1",
    );

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : undefined));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: count(3000),
  APP_URL: optionalText,
  DATA_DIR: z.string().default(".data"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),

  DATABASE_URL: optionalText,
  DATABASE_POOL_SIZE: count(10),
  DATABASE_PREPARE: flag(true),

  REDIS_URL: optionalText,
  UPSTASH_REDIS_REST_URL: optionalText,
  UPSTASH_REDIS_REST_TOKEN: optionalText,

  AUTH_SECRET: optionalText,
  JWT_ACCESS_MINUTES: count(15),
  JWT_REFRESH_DAYS: count(7),
  API_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).default(5),
  /** How long a process reuses the competition-wide dashboard figures (0: every request counts). */
  DASHBOARD_FIGURES_SECONDS: z.coerce.number().int().min(0).default(10),

  RESEND_API_KEY: optionalText,
  EMAIL_FROM: z.string().default("Competition Platform <no-reply@example.com>"),
  ENABLE_DEV_MAILBOX: flag(false),

  UPLOADTHING_TOKEN: optionalText,
  FILE_URL_TTL_SECONDS: count(300),

  INNGEST_EVENT_KEY: optionalText,
  INNGEST_SIGNING_KEY: optionalText,
  INNGEST_DEV: flag(false),
  JOBS_POLL_MS: count(1000),
  JOBS_DISABLED: flag(false),

  PUSHER_APP_ID: optionalText,
  PUSHER_KEY: optionalText,
  PUSHER_SECRET: optionalText,
  PUSHER_CLUSTER: z.string().default("mt1"),
  PUSHER_HOST: optionalText,
  PUSHER_PORT: z.coerce.number().int().positive().optional(),
  PUSHER_USE_TLS: flag(true),
  REALTIME_PORT: count(6001),
  REALTIME_PUBLIC_HOST: optionalText,
  /** Where the local realtime server POSTs client events (Pusher's webhook format). */
  REALTIME_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),

  /** How long one webhook delivery attempt may take before it counts as failed. */
  WEBHOOK_TIMEOUT_MS: count(10_000),
  /**
   * Let webhooks target loopback, private and link-local addresses (and plain http). On in
   * development; off otherwise unless set (tests and local receivers set it).
   */
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((value) =>
      value === undefined || value === "" ? undefined : value === "true" || value === "1",
    ),

  RATE_LIMIT_ENABLED: flag(true),
  RATE_LIMIT_ANON_PER_MINUTE: count(5),
  RATE_LIMIT_ANON_PER_DAY: count(60),
  RATE_LIMIT_LOGIN_PER_MINUTE: count(5),
  RATE_LIMIT_USER_PER_SECOND: count(10),
  RATE_LIMIT_USER_PER_10_SECONDS: count(50),
  RATE_LIMIT_USER_PER_MINUTE: count(200),
  RATE_LIMIT_EXAM_PER_10_SECONDS: count(100),

  MAX_BODY_BYTES: count(1_000_000),
  ANSWER_GRACE_SECONDS: z.coerce.number().int().min(0).default(30),
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).default(0),
  SEED_DEMO: flag(true),
  ENABLE_BENCH_ROUTES: flag(false),
});

export type Env = z.infer<typeof envSchema>;

/** Every variable this module reads (a test keeps .env.example in step with it). */
export const envVariableNames = Object.keys(envSchema.shape);

/** A blank value (`REALTIME_PORT=` as in .env.example) means "not set", for every variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);

export const isProduction = env.NODE_ENV === "production";

/** Absolute folder for embedded data (PGlite, uploads, secrets). */
export const dataDir = path.resolve(env.DATA_DIR);

export const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;

/**
 * The signing secret for JWTs, file URLs and sessions. `npm start` writes one to .data/ and passes
 * it in; tests and development fall back to a fixed value so that nothing has to be configured.
 * A function, not a constant, so that `next build` (which loads modules) does not need it.
 */
export function getAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (isProduction) throw new Error("AUTH_SECRET must be set in production (npm start sets one).");
  return "development-only-secret-change-me-development-only";
}

/** Whether webhooks may reach private addresses: read at call time, so tests can switch it. */
export function webhooksAllowPrivateTargets(): boolean {
  return env.WEBHOOKS_ALLOW_PRIVATE_TARGETS ?? env.NODE_ENV === "development";
}

/** The dev mailbox is on in development and tests, and only by opt-in in production. */
export const devMailboxEnabled = !isProduction || env.ENABLE_DEV_MAILBOX;

export const services = {
  database: env.DATABASE_URL ? "postgres" : "pglite",
  rateLimit:
    env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN
      ? "upstash"
      : env.REDIS_URL
        ? "redis"
        : "memory",
  email: env.RESEND_API_KEY ? "resend" : "outbox",
  storage: env.UPLOADTHING_TOKEN ? "uploadthing" : "local",
  jobs: env.INNGEST_EVENT_KEY || env.INNGEST_DEV ? "inngest" : "in-process",
  realtime:
    env.PUSHER_APP_ID && env.PUSHER_KEY && env.PUSHER_SECRET && !env.PUSHER_HOST
      ? "pusher"
      : "local",
} as const;
