export { createApiKey } from "./create-api-key";
export { authenticateApiKey } from "./authenticate-api-key";
export { listApiKeys } from "./list-api-keys";
export { revokeApiKey } from "./revoke-api-key";
export { generateApiKey, hashApiKey, looksLikeApiKey } from "./generate-api-key";
export * from "./schemas";
