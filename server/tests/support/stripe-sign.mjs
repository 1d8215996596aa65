// Signs a webhook payload the way Stripe does, with Stripe's own library, so the tests can send
// the server events it must accept (or, with a wrong secret, time or body, refuse).
//
//   node stripe-sign.mjs SECRET [TIMESTAMP] < payload
//       prints the Stripe-Signature header value ("t=TIMESTAMP,v1=HEX") and a newline;
//       TIMESTAMP is unix seconds, now by default
//   node stripe-sign.mjs SECRET --verify HEADER < payload
//       checks HEADER as the server should (stripe.webhooks.constructEvent, 300 s tolerance):
//       prints "ok", or the library's error message on stderr and exits 1
// The payload is read from stdin as UTF-8 text exactly as sent: no trimming, newlines kept.
import Stripe from "stripe";

const USAGE = "usage: node stripe-sign.mjs SECRET [TIMESTAMP] < payload\n" +
  "       node stripe-sign.mjs SECRET --verify HEADER < payload";
const [secret, second, header] = process.argv.slice(2);
const verifying = second === "--verify";
if (!secret || (verifying && !header) || (!verifying && second !== undefined && !/^[1-9]\d*$/.test(second))) {
  console.error(USAGE);
  process.exit(2);
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const payload = Buffer.concat(chunks).toString("utf8");

// The package exposes the webhook helpers on the class itself: no client (and no API key) needed.
const { webhooks } = Stripe;
if (verifying) {
  try {
    webhooks.constructEvent(payload, header, secret);
    console.log("ok");
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
} else {
  const timestamp = second === undefined ? Math.floor(Date.now() / 1000) : Number(second);
  console.log(webhooks.generateTestHeaderString({ payload, secret, timestamp }));
}
