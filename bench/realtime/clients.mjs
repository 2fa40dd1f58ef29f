// The browsers of `npm run bench:realtime`: N pusher-js clients in one Node process, each
// subscribed to its own `private-user-{id}` channel on the local realtime server (signed with the
// app's secret, as POST /api/v1/realtime/auth/ signs). Prints `ready <ms>` once all are
// subscribed; then records when each `notification_activity` arrives, and on a line `report` on
// stdin prints them as JSON: {subject: [receivedAtMs, …]}.
import { createHmac } from "node:crypto";
import readline from "node:readline";
import Pusher from "pusher-js";

const { BENCH_KEY: key, BENCH_SECRET: secret, BENCH_PORT: port, BENCH_USERS: users } = process.env;
const ids = JSON.parse(users);
const received = {};
const started = performance.now();
let subscribed = 0;

for (const id of ids) {
  const client = new Pusher(key, {
    cluster: "mt1",
    wsHost: "127.0.0.1",
    wsPort: Number(port),
    forceTLS: false,
    enabledTransports: ["ws"],
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) =>
        callback(null, {
          auth: `${key}:${createHmac("sha256", secret).update(`${socketId}:${channelName}`).digest("hex")}`,
        }),
    },
  });
  const channel = client.subscribe(`private-user-${id}`);
  channel.bind("pusher:subscription_succeeded", () => {
    subscribed += 1;
    if (subscribed === ids.length) console.log(`ready ${Math.round(performance.now() - started)}`);
  });
  channel.bind("notification_activity", (data) => {
    (received[data.message.subject] ??= []).push(Date.now());
  });
}

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  if (line.trim() === "report") console.log(`report ${JSON.stringify(received)}`);
  if (line.trim() === "exit") process.exit(0);
});
