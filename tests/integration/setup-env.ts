// Integration tests never start the background worker on import; tests drive the runner directly.
process.env.JOBS_DISABLED ??= "true";
process.env.LOG_LEVEL ??= "error";
