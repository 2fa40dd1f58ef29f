// Who may send broadcasts (broadcasts:manage, as their API routes), in the words pages refuse with.
export const broadcastRefusal = {
  title: "You don't have access to broadcasts",
  explanation: "Broadcasts are sent by verified managers and superadmins.",
};
