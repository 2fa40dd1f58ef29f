"use client";
// useRealtime: listen on one of the app's typed channels (lib/realtime/channels.ts) and turn each
// event into TanStack Query invalidations, so the data is refetched from its source rather than
// patched by hand. Returns the connection's state, so a caller can fall back to slow polling while
// the realtime server cannot be reached.
import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import {
  realtimeEventSchema,
  type RealtimeChannel,
  type RealtimeChannelKind,
  type RealtimeEventName,
  type RealtimeEventPayload,
} from "@/lib/realtime/channels";
import type { RealtimeClientConfig } from "@/lib/realtime/realtime-port";
import { borrowChannel } from "./shared-pusher";

/**
 * `connected` while the channel is subscribed; `connecting` before the first subscription;
 * `unavailable` while pusher-js cannot (re)connect or the subscription was refused.
 */
export type RealtimeConnectionState = "off" | "connecting" | "connected" | "unavailable";

/** For each event of the channel: the query keys to invalidate when it arrives. */
export type RealtimeInvalidations<K extends RealtimeChannelKind> = {
  [E in RealtimeEventName<K>]?: (payload: RealtimeEventPayload<K, E>) => QueryKey[];
};

/** For each event of the channel: something to do with its payload (show a banner, say). */
export type RealtimeHandlers<K extends RealtimeChannelKind> = {
  [E in RealtimeEventName<K>]?: (payload: RealtimeEventPayload<K, E>) => void;
};

export type UseRealtimeOptions<K extends RealtimeChannelKind> = {
  /** From `getRealtime().clientConfig()` on the server; null turns realtime off. */
  config: RealtimeClientConfig | null;
  channel: RealtimeChannel<K> | null;
  invalidate: RealtimeInvalidations<K>;
  /** Called with each event's parsed payload, after its invalidations. */
  on?: RealtimeHandlers<K>;
  /**
   * Invalidated each time the subscription succeeds (first time and after every reconnection):
   * events sent before the page subscribed, or while it was offline, are lost, so data rendered
   * earlier must be read once more.
   */
  resync?: QueryKey[];
};

export function useRealtime<K extends RealtimeChannelKind>({
  config,
  channel,
  invalidate,
  on = {},
  resync = [],
}: UseRealtimeOptions<K>): RealtimeConnectionState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<RealtimeConnectionState>(
    config && channel ? "connecting" : "off",
  );
  // The latest handlers, without reconnecting when a render passes new function objects.
  const handlers = useRef({ invalidate, on, resync });
  useEffect(() => {
    handlers.current = { invalidate, on, resync };
  });

  const configKey = config ? JSON.stringify(config) : null;
  const kind = channel?.kind;
  const name = channel?.name;
  useEffect(() => {
    if (!configKey || !kind || !name) {
      setState("off");
      return;
    }
    const { client, channel, release } = borrowChannel(
      JSON.parse(configKey) as RealtimeClientConfig,
      name,
    );
    const invalidateAll = (keys: QueryKey[]) => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };

    // "connected" once the channel is subscribed (events can arrive), not merely the socket open.
    let everSubscribed = false;
    const onSubscribed = () => {
      everSubscribed = true;
      setState("connected");
      invalidateAll(handlers.current.resync);
    };
    const onRefused = () => setState("unavailable");
    const onStateChange = ({ current }: { current: string }) => {
      if (current === "connected") return; // The subscription (re)succeeding says so.
      const waiting = current === "connecting" || current === "initialized";
      setState(waiting && !everSubscribed ? "connecting" : "unavailable");
    };
    const onEvent = (event: string, data: unknown) => {
      if (event.startsWith("pusher:")) return;
      const toKeys = (
        handlers.current.invalidate as Record<string, (payload: never) => QueryKey[]>
      )[event];
      const handle = (handlers.current.on as Record<string, (payload: never) => void>)[event];
      if (!toKeys && !handle) return; // Not an event this caller listens to.
      const parsed = realtimeEventSchema(kind, event)?.safeParse(data);
      if (!parsed?.success) return; // Not what the schema promises.
      if (toKeys) invalidateAll(toKeys(parsed.data as never));
      handle?.(parsed.data as never);
    };

    client.connection.bind("state_change", onStateChange);
    channel.bind("pusher:subscription_succeeded", onSubscribed);
    channel.bind("pusher:subscription_error", onRefused);
    channel.bind_global(onEvent);
    // Another caller on the page may have subscribed already: then no success event comes.
    if (channel.subscribed) onSubscribed();
    return () => {
      client.connection.unbind("state_change", onStateChange);
      channel.unbind("pusher:subscription_succeeded", onSubscribed);
      channel.unbind("pusher:subscription_error", onRefused);
      channel.unbind_global(onEvent);
      release();
    };
  }, [configKey, kind, name, queryClient]);

  return state;
}
