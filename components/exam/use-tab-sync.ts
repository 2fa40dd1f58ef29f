"use client";
// Keeps the tabs open on the same attempt in step over a BroadcastChannel: each tab tells the
// others what it chose, what the server saved and when it submitted, and knows whether another
// tab is open (so the page can say so). Browsers without BroadcastChannel still share the queued
// answers through the outbox's storage events.
import { useCallback, useEffect, useRef, useState } from "react";
import { parseTabMessage, tabChannelName, updatePresence, type TabMessage } from "./tab-messages";
import { useLatest } from "./use-latest";

type Outgoing = TabMessage extends infer M
  ? M extends TabMessage
    ? Omit<M, "tab">
    : never
  : never;

const newTabId = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : Math.random().toString(36).slice(2);

export function useTabSync(attemptId: string, onMessage: (message: TabMessage) => void) {
  const [tabId] = useState(newTabId);
  const [others, setOthers] = useState<ReadonlySet<string>>(() => new Set());
  const channelRef = useRef<BroadcastChannel | null>(null);
  const onMessageRef = useLatest(onMessage);

  const post = useCallback(
    (message: Outgoing) => {
      try {
        channelRef.current?.postMessage({ ...message, tab: tabId });
      } catch {
        // A closed channel (the page is going away): nothing to tell.
      }
    },
    [tabId],
  );

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(tabChannelName(attemptId));
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent) => {
      const message = parseTabMessage(event.data);
      if (!message || message.tab === tabId) return;
      setOthers((previous) => updatePresence(previous, message));
      if (message.type === "hello") channel.postMessage({ type: "here", tab: tabId });
      if (message.type !== "hello" && message.type !== "here" && message.type !== "bye") {
        onMessageRef.current(message);
      }
    };
    channel.postMessage({ type: "hello", tab: tabId });
    const sayBye = () => channel.postMessage({ type: "bye", tab: tabId });
    window.addEventListener("pagehide", sayBye);
    return () => {
      window.removeEventListener("pagehide", sayBye);
      sayBye();
      channel.close();
      channelRef.current = null;
    };
  }, [attemptId, tabId, onMessageRef]);

  return { post, otherTabs: others.size };
}
