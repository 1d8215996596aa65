// Billing's webhook under load: Stripe-signed checkout.session.completed deliveries (HMAC-SHA256
// over "t.payload", as Stripe signs them) to a server with RESUMAX_BILLING=stripe, 16 at a time.
// Prints how long a delivery waits for its answer (verify, record, queue) and how fast the
// queued events are applied to the ledger (until the balance shows every purchase).
//
//   node bench/billing.mjs URL DATA_DIR WEBHOOK_SECRET [EVENTS]
import crypto from "node:crypto";

import { client, sleep, verifiedAccount } from "./account.mjs";

const [base, dataDir, secret, eventsArg] = process.argv.slice(2);
const events = Number(eventsArg ?? 1000);
const { get } = client(base);

const token = await verifiedAccount(base, dataDir, "billing");
const me = await get("/api/v1/users/me", token);
const start = (await get("/api/v1/billing/credits", token)).balance;

const run = crypto.randomBytes(4).toString("hex");
const payloads = Array.from({ length: events }, (_, i) =>
  JSON.stringify({
    id: `evt_bench_${run}_${i}`,
    object: "event",
    type: "checkout.session.completed",
    data: { object: { id: `cs_bench_${run}_${i}`, object: "checkout.session", client_reference_id: me.id, metadata: { pack: "starter" }, payment_intent: `pi_bench_${run}_${i}`, payment_status: "paid" } },
  }),
);
const sign = (payload) => {
  const t = Math.floor(Date.now() / 1000);
  return `t=${t},v1=${crypto.createHmac("sha256", secret).update(`${t}.${payload}`).digest("hex")}`;
};

const latencies = [];
let next = 0;
let failures = 0;
const began = performance.now();
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (next < payloads.length) {
      const payload = payloads[next++];
      const sent = performance.now();
      const response = await fetch(`${base}/api/v1/billing/webhook`, { method: "POST", headers: { "Content-Type": "application/json", "Stripe-Signature": sign(payload) }, body: payload });
      await response.arrayBuffer();
      latencies.push(performance.now() - sent);
      if (response.status !== 200) failures += 1;
    }
  }),
);
const answered = performance.now();
const target = start + 10 * events;
let balance = start;
while (balance < target && performance.now() - answered < 120_000) {
  await sleep(50);
  balance = (await get("/api/v1/billing/credits", token)).balance;
}
const applied = performance.now();
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
console.log(`webhook deliveries: ${events} (16 at a time), ${failures} not 200; answered in p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; ${(events / ((answered - began) / 1000)).toFixed(0)} deliveries/s`);
console.log(`applied to the ledger: ${balance === target ? "all" : `${(balance - start) / 10} of ${events}`} ${((applied - began) / 1000).toFixed(1)} s after the first delivery (${(events / ((applied - began) / 1000)).toFixed(0)} events/s, 2 workers)`);
