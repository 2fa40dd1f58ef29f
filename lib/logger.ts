// A small leveled logger: one line per event, errors with their stack. Swappable for pino later.
import { env } from "@/lib/env";

const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof levels, "silent">;

function log(level: Level, message: string, detail?: unknown) {
  if (levels[level] < levels[env.LOG_LEVEL]) return;
  const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}`;
  const write = level === "error" || level === "warn" ? console.error : console.log;
  if (detail === undefined) write(line);
  else write(line, detail instanceof Error ? (detail.stack ?? detail.message) : detail);
}

export const logger = {
  debug: (message: string, detail?: unknown) => log("debug", message, detail),
  info: (message: string, detail?: unknown) => log("info", message, detail),
  warn: (message: string, detail?: unknown) => log("warn", message, detail),
  error: (message: string, detail?: unknown) => log("error", message, detail),
};
