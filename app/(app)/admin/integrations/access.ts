// Who may manage integrations (api-keys:manage and webhooks:manage: verified managers and up), in
// the words pages refuse with.
export const integrationsRefusal = {
  title: "You don't have access to integrations",
  explanation: "API keys and webhooks are managed by verified managers and superadmins.",
};
