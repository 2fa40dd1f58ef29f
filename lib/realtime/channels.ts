// Pusher's naming rules, shared by the adapter (before anything leaves this process) and the local
// server (for what arrives over the wire), so both reject exactly what Pusher itself would.

/** Thrown for a socket id, channel name or channel kind that Pusher would refuse. */
export class InvalidChannelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidChannelError";
  }
}

const SOCKET_ID = /^\d+\.\d+$/;
const CHANNEL_NAME = /^[-a-zA-Z0-9_=@,.;]+$/;
export const MAX_CHANNEL_NAME_LENGTH = 200;

export type ChannelKind = "public" | "private" | "presence";

export function isValidSocketId(socketId: unknown): socketId is string {
  return typeof socketId === "string" && SOCKET_ID.test(socketId);
}

export function isValidChannelName(channel: unknown): channel is string {
  return (
    typeof channel === "string" &&
    channel.length <= MAX_CHANNEL_NAME_LENGTH &&
    CHANNEL_NAME.test(channel)
  );
}

export function assertSocketId(socketId: unknown): asserts socketId is string {
  if (!isValidSocketId(socketId)) {
    throw new InvalidChannelError(`Invalid socket id: ${JSON.stringify(socketId)}`);
  }
}

export function assertChannelName(channel: unknown): asserts channel is string {
  if (!isValidChannelName(channel)) {
    // Clip the echo so a hostile 1 MB "channel name" does not end up in logs verbatim.
    const shown = typeof channel === "string" ? channel.slice(0, 60) : String(channel);
    throw new InvalidChannelError(`Invalid channel name: ${JSON.stringify(shown)}`);
  }
}

/** `private-encrypted-*` counts as private: its subscription signature is the same. */
export function channelKind(channel: string): ChannelKind {
  if (channel.startsWith("presence-")) return "presence";
  if (channel.startsWith("private-")) return "private";
  return "public";
}

/** The private channel that carries one user's notifications. */
export function userChannel(userId: string): string {
  const channel = `private-user-${userId}`;
  assertChannelName(channel);
  return channel;
}
