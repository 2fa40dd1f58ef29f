// Runs before every integration test file is imported. Tests drive the job runner themselves, and
// rate limits are generous unless a test sets its own (tests/integration/http/rate-limit.test.ts).
process.env.JOBS_DISABLED ??= "true";
process.env.LOG_LEVEL ??= "error";
// Figures counted afresh on every request, so a test sees the rows it just wrote
// (tests/integration/dashboards/shared-figures.test.ts turns the reuse on).
process.env.DASHBOARD_FIGURES_SECONDS ??= "0";
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
