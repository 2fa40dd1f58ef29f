// The origins outside our own that the pages' policy must allow, read once from the environment:
// the realtime server browsers connect to, and the file host signed document links point at.
import { services } from "@/lib/env";
import { realtimeConfigFromEnv, type RealtimeConfig } from "@/lib/realtime";
import type { PagePolicySources } from "./content-security-policy";

/** The websocket origins a browser opens for this realtime configuration. */
export function realtimeConnectSources(config: RealtimeConfig): string[] {
  const { wsHost, wsPort, forceTLS } = config.client;
  const schemes = forceTLS ? ["wss"] : ["ws", "wss"];
  if (wsHost === undefined) {
    // Pusher cloud: ws-<cluster>.pusher.com, on its standard ports.
    return schemes.map((scheme) => `${scheme}://ws-${config.cluster}.pusher.com`);
  }
  const host = wsHost.includes(":") ? `[${wsHost}]` : wsHost;
  return [`${forceTLS ? "wss" : "ws"}://${host}${wsPort === undefined ? "" : `:${wsPort}`}`];
}

/** UploadThing serves signed links from <app id>.ufs.sh (or ufs.sh/a/<app id>/…). */
export const uploadThingSources = ["https://ufs.sh", "https://*.ufs.sh"];

export function pagePolicySourcesFromEnv(): PagePolicySources {
  return {
    connect: realtimeConnectSources(realtimeConfigFromEnv()),
    storage: services.storage === "uploadthing" ? uploadThingSources : [],
  };
}
