// What the realtime tests share: a real pusher-js client built as the browser builds it, whose
// subscriptions are authorised through the real POST /api/v1/realtime/auth/ route with the given
// person's headers, connected to a local realtime server on `port`.
import Pusher from "pusher-js";
import * as authRoute from "@/app/api/v1/realtime/auth/route";
import { realtimeConfigFromEnv, type ChannelAuthorization } from "@/lib/realtime";
import { call } from "../support/http";

export function pusherClientAs(headers: Record<string, string>, port: number): Pusher {
  const options = realtimeConfigFromEnv();
  return new Pusher(options.key, {
    cluster: options.cluster,
    wsHost: "127.0.0.1",
    wsPort: port,
    forceTLS: false,
    enabledTransports: ["ws"],
    channelAuthorization: {
      customHandler: ({ socketId, channelName: name }, callback) => {
        call(authRoute.POST, {
          method: "POST",
          path: "/api/v1/realtime/auth/",
          headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ socket_id: socketId, channel_name: name }).toString(),
        }).then(
          (response) =>
            response.status === 200
              ? callback(null, response.data as ChannelAuthorization)
              : callback(new Error(`auth answered ${response.status}`), null),
          (error: Error) => callback(error, null),
        );
      },
    },
  });
}
