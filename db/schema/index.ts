// The whole schema, for drizzle's relational queries and drizzle-kit. Tables live per domain.
export * from "./users";
export * from "./sessions";
export * from "./api-keys";
export * from "./feature-flags";
export * from "./email-outbox";
export * from "./event-outbox";
export * from "./jobs";
export * from "./stored-files";
export * from "./accounts";
export * from "./verifications";
export * from "./exams";
export * from "./leaderboards";
export * from "./broadcasts";
export * from "./webhooks";
export * from "./invitations";
