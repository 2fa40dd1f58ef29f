// Runs before every integration test file is imported. Tests drive the job runner themselves, and
// rate limits are generous unless a test sets its own (tests/integration/http/rate-limit.test.ts).
process.env.JOBS_DISABLED ??= "true";
process.env.LOG_LEVEL ??= "error";
for (const name of [
  "RATE_LIMIT_ANON_PER_MINUTE",
  "RATE_LIMIT_ANON_PER_DAY",
  "RATE_LIMIT_LOGIN_PER_MINUTE",
  "RATE_LIMIT_USER_PER_SECOND",
  "RATE_LIMIT_USER_PER_10_SECONDS",
  "RATE_LIMIT_USER_PER_MINUTE",
]) {
  process.env[name] ??= "100000";
}
