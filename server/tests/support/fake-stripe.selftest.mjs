// Self-check for fake-stripe.mjs and stripe-sign.mjs: starts the fake as a child process the way
// the C++ tests do (port 0, first stdout line "fake-stripe listening on PORT"), then checks a good
// checkout request and the session it answers, an idempotent replay, an idempotency conflict, a
// wrong key (401), a missing Idempotency-Key, missing and unknown parameters, an unknown price,
// injected failures, what GET /__requests records, and that Stripe's own client (the stripe
// package) creates a session against the fake and reads its errors as the right error classes.
// Last, a header printed by stripe-sign.mjs verifies with stripe.webhooks.constructEvent and a
// tampered payload does not. Exits 0 when all checks pass, 1 otherwise.
//   node fake-stripe.selftest.mjs
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import assert from "node:assert/strict";
import Stripe from "stripe";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FAKE = path.join(HERE, "fake-stripe.mjs");
const SIGN = path.join(HERE, "stripe-sign.mjs");
const KEY = "sk_test_selftestKey1234";
const children = [];

function start(...args) {
  const child = spawn(process.execPath, [FAKE, "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let stderr = "";
  child.stderr.on("data", (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`fake-stripe did not start: ${stderr}`)), 10000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const newline = stdout.indexOf("\n");
      if (newline < 0) return;
      clearTimeout(timer);
      const match = /^fake-stripe listening on (\d+)$/.exec(stdout.slice(0, newline));
      if (!match || match[1] === "0") reject(new Error(`unexpected first line: ${stdout}`));
      else resolve({ url: `http://127.0.0.1:${match[1]}`, port: Number(match[1]), stderr: () => stderr });
    });
    child.on("exit", (code) => reject(new Error(`fake-stripe exited with ${code}: ${stderr}`)));
  });
}

const FORM = "line_items[0][price]=price_starter&line_items[0][quantity]=1&metadata[pack]=starter" +
  "&metadata[user_id]=u_42&mode=payment&success_url=https%3A%2F%2Fresumax.test%2Fbilling%3Fpaid%3D1" +
  "&cancel_url=https%3A%2F%2Fresumax.test%2Fbilling&client_reference_id=user_42";

async function checkout(url, body, { key = KEY, idempotencyKey, type = "application/x-www-form-urlencoded" } = {}) {
  const headers = { "Content-Type": type };
  if (key) headers.Authorization = `Bearer ${key}`;
  if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
  const response = await fetch(`${url}/v1/checkout/sessions`, { method: "POST", headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: JSON.parse(text) };
}

// A refusal in Stripe's error shape, with the given type and (if any) param and code.
function assertError(answer, status, type, { param, code, message } = {}) {
  assert.equal(answer.status, status, answer.text);
  assert.equal(answer.headers.get("content-type"), "application/json");
  assert.match(answer.headers.get("request-id") ?? "", /^req_\w+$/);
  const error = answer.json.error;
  assert.equal(error.type, type, answer.text);
  assert.equal(typeof error.message, "string");
  assert.equal(error.param, param, answer.text);
  assert.equal(error.code, code, answer.text);
  if (message) assert.match(error.message, message);
}

async function main() {
  const { url, port, stderr } = await start(KEY, "price_starter,price_pro");

  // A good request: 200 and a Checkout Session as Stripe returns it.
  const first = await checkout(url, FORM, { idempotencyKey: "buy-1" });
  assert.equal(first.status, 200, first.text);
  assert.match(first.headers.get("request-id"), /^req_\w{14}$/);
  assert.equal(first.headers.get("idempotent-replayed"), null);
  const session = first.json;
  assert.match(session.id, /^cs_test_\w{58}$/);
  assert.ok(Math.abs(session.created - Date.now() / 1000) < 60, "created is now, in unix seconds");
  assert.deepEqual({ ...session, id: "ID", created: 0, expires_at: 0 }, {
    id: "ID", object: "checkout.session", after_expiration: null, allow_promotion_codes: null,
    amount_subtotal: 900, amount_total: 900,
    automatic_tax: { enabled: false, liability: null, status: null },
    billing_address_collection: null, cancel_url: "https://resumax.test/billing",
    client_reference_id: "user_42", client_secret: null, created: 0, currency: "usd",
    customer: null, customer_creation: "if_required", customer_details: null, customer_email: null,
    expires_at: 0, invoice: null, livemode: false, locale: null,
    metadata: { pack: "starter", user_id: "u_42" }, mode: "payment", payment_intent: null,
    payment_link: null, payment_method_collection: "if_required", payment_method_types: ["card"],
    payment_status: "unpaid", setup_intent: null, status: "open", submit_type: null,
    subscription: null, success_url: "https://resumax.test/billing?paid=1",
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 }, ui_mode: "hosted",
    url: `https://checkout.stripe.com/c/pay/${session.id}`,
  });
  assert.equal(session.expires_at, session.created + 86400);

  // The same key and parameters (in another order): the first answer again, byte for byte.
  const reordered = FORM.split("&").reverse().join("&");
  const replay = await checkout(url, reordered, { idempotencyKey: "buy-1" });
  assert.equal(replay.status, 200, replay.text);
  assert.equal(replay.headers.get("idempotent-replayed"), "true");
  assert.equal(replay.headers.get("original-request"), first.headers.get("request-id"));
  assert.notEqual(replay.headers.get("request-id"), first.headers.get("request-id"));
  assert.equal(replay.text, first.text);

  // The same key with other parameters.
  const conflict = await checkout(url, FORM.replace("price_starter", "price_pro"), { idempotencyKey: "buy-1" });
  assertError(conflict, 400, "idempotency_error", { message: /same parameters.*'buy-1'/ });

  // A new key is a new session; the second price has its own amount, times the quantity.
  const pro = await checkout(url, FORM.replace("price_starter", "price_pro").replace("quantity]=1", "quantity]=2"),
    { idempotencyKey: "buy-2" });
  assert.equal(pro.status, 200, pro.text);
  assert.notEqual(pro.json.id, session.id);
  assert.equal(pro.json.amount_total, 5800);

  // The key: missing, wrong (shown masked, as Stripe does), not Bearer.
  assertError(await checkout(url, FORM, { key: null, idempotencyKey: "k" }), 401, "invalid_request_error",
    { message: /You did not provide an API key/ });
  const wrong = await checkout(url, FORM, { key: "sk_test_someoneElsesKey9876", idempotencyKey: "k" });
  assertError(wrong, 401, "invalid_request_error");
  assert.equal(wrong.json.error.message, "Invalid API Key provided: sk_test_***************9876");
  assert.equal(wrong.headers.get("www-authenticate"), 'Basic realm="Stripe"');
  const basic = await fetch(`${url}/v1/checkout/sessions`, { method: "POST", body: FORM, headers: {
    "Content-Type": "application/x-www-form-urlencoded", "Idempotency-Key": "k",
    Authorization: `Basic ${Buffer.from(`${KEY}:`).toString("base64")}` } });
  assert.equal(basic.status, 401);

  // No Idempotency-Key, a JSON body.
  assertError(await checkout(url, FORM), 400, "invalid_request_error", { message: /Idempotency-Key/ });
  assertError(await checkout(url, JSON.stringify({ mode: "payment" }), { idempotencyKey: "k", type: "application/json" }),
    400, "invalid_request_error", { message: /unsupported Content-Type application\/json/ });

  // Each required parameter, missing; an empty one; an unknown one; an unknown price.
  const without = (name) => FORM.split("&").filter((pair) => !pair.startsWith(`${name}=`)).join("&");
  for (const param of ["mode", "success_url", "cancel_url", "line_items[0][price]", "line_items[0][quantity]"]) {
    const answer = await checkout(url, without(param), { idempotencyKey: `missing-${param}` });
    assertError(answer, 400, "invalid_request_error", { param, code: "parameter_missing" });
  }
  assertError(await checkout(url, without("line_items[0][price]").replace(/line_items\[0\]\[quantity\]=1&?/, ""),
    { idempotencyKey: "no-items" }), 400, "invalid_request_error", { param: "line_items[0][price]", code: "parameter_missing" });
  assertError(await checkout(url, FORM.replace("mode=payment", "mode="), { idempotencyKey: "empty" }),
    400, "invalid_request_error", { param: "mode", code: "parameter_invalid_empty" });
  assertError(await checkout(url, `${FORM}&metdata[pack]=x`, { idempotencyKey: "typo" }),
    400, "invalid_request_error", { param: "metdata", code: "parameter_unknown" });
  assertError(await checkout(url, FORM.replace("success_url=https%3A", "success_url=ftp%3A"), { idempotencyKey: "url" }),
    400, "invalid_request_error", { param: "success_url", code: "url_invalid" });
  assertError(await checkout(url, FORM.replace("line_items[0]", "line_items[1]").replace("line_items[0]", "line_items[1]"),
    { idempotencyKey: "gap" }), 400, "invalid_request_error", { param: "line_items", message: /gap/ });
  const unknownPrice = await checkout(url, FORM.replace("price_starter", "price_gold"), { idempotencyKey: "gold" });
  assertError(unknownPrice, 400, "invalid_request_error",
    { param: "line_items[0][price]", code: "resource_missing", message: /^No such price: 'price_gold'$/ });
  // Refusals are not saved: the same key then creates a session.
  const retried = await checkout(url, FORM, { idempotencyKey: "gold" });
  assert.equal(retried.status, 200, retried.text);

  // Unknown paths, as Stripe answers them.
  const unknown = await fetch(`${url}/v1/customers`, { method: "POST", headers: { Authorization: `Bearer ${KEY}` } });
  assert.equal(unknown.status, 404);
  assert.deepEqual((await unknown.json()).error, { type: "invalid_request_error",
    message: "Unrecognized request URL (POST: /v1/customers). Please see https://stripe.com/docs or we can help at https://support.stripe.com/." });

  // Every request is recorded, with its decoded form.
  const requests = await (await fetch(`${url}/__requests`)).json();
  assert.equal(requests[0].method, "POST");
  assert.equal(requests[0].path, "/v1/checkout/sessions");
  assert.equal(requests[0].raw, FORM);
  assert.equal(requests[0].headers.authorization, `Bearer ${KEY}`);
  assert.equal(requests[0].headers["idempotency-key"], "buy-1");
  assert.deepEqual(requests[0].form, {
    line_items: [{ price: "price_starter", quantity: "1" }],
    metadata: { pack: "starter", user_id: "u_42" },
    mode: "payment",
    success_url: "https://resumax.test/billing?paid=1",
    cancel_url: "https://resumax.test/billing",
    client_reference_id: "user_42",
  });
  assert.equal(requests.at(-1).path, "/v1/customers");
  assert.equal(requests.filter((r) => r.path.startsWith("/__")).length, 0, "hooks are not recorded");
  const arrays = await checkout(url, `${FORM}&expand[]=line_items&expand[]=customer`, { idempotencyKey: "expand" });
  assert.equal(arrays.status, 200, arrays.text);
  const last = (await (await fetch(`${url}/__requests`)).json()).at(-1);
  assert.deepEqual(last.form.expand, ["line_items", "customer"]);

  // Injected failures: the next `times` checkout calls, whatever their key; then back to normal.
  const armed = await fetch(`${url}/__fail?status=500&times=2`, { method: "POST" });
  assert.equal(armed.status, 200);
  assertError(await checkout(url, FORM, { idempotencyKey: "outage" }), 500, "api_error");
  assertError(await checkout(url, FORM, { idempotencyKey: "buy-1" }), 500, "api_error");
  const recovered = await checkout(url, FORM, { idempotencyKey: "outage" });
  assert.equal(recovered.status, 200, recovered.text);
  await fetch(`${url}/__fail?status=429`, { method: "POST" });
  assertError(await checkout(url, FORM, { idempotencyKey: "busy" }), 429, "invalid_request_error", { code: "rate_limit" });

  // Stripe's own client against the fake: it must send what the fake accepts, and read the
  // fake's answers and refusals as it reads Stripe's.
  const client = (key) => new Stripe(key, { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 });
  const params = {
    mode: "payment",
    line_items: [{ price: "price_pro", quantity: 1 }],
    metadata: { pack: "pro" },
    success_url: "https://resumax.test/billing?paid=1",
    cancel_url: "https://resumax.test/billing",
    client_reference_id: "user_7",
  };
  const made = await client(KEY).checkout.sessions.create(params, { idempotencyKey: "client-1" });
  assert.equal(made.object, "checkout.session");
  assert.equal(made.amount_total, 2900);
  assert.deepEqual(made.metadata, { pack: "pro" });
  const again = await client(KEY).checkout.sessions.create(params, { idempotencyKey: "client-1" });
  assert.equal(again.id, made.id);
  assert.equal(again.lastResponse.headers["idempotent-replayed"], "true");
  await assert.rejects(client("sk_test_nope0000").checkout.sessions.create(params, { idempotencyKey: "client-2" }),
    (error) => error instanceof Stripe.errors.StripeAuthenticationError && error.statusCode === 401);
  await assert.rejects(client(KEY).checkout.sessions.create({ ...params, mode: "setup" }, { idempotencyKey: "client-1" }),
    (error) => error instanceof Stripe.errors.StripeIdempotencyError);
  await assert.rejects(client(KEY).checkout.sessions.create(
    { ...params, line_items: [{ price: "price_x", quantity: 1 }] }, { idempotencyKey: "client-3" }),
  (error) => error instanceof Stripe.errors.StripeInvalidRequestError && error.code === "resource_missing" &&
      error.param === "line_items[0][price]");
  await fetch(`${url}/__fail?status=503&times=1`, { method: "POST" });
  await assert.rejects(client(KEY).checkout.sessions.create(params, { idempotencyKey: "client-4" }),
    (error) => error instanceof Stripe.errors.StripeAPIError && error.statusCode === 503);

  // Forgetting everything.
  assert.equal((await fetch(`${url}/__reset`, { method: "POST" })).status, 200);
  assert.deepEqual(await (await fetch(`${url}/__requests`)).json(), []);
  const fresh = await checkout(url, FORM, { idempotencyKey: "buy-1" });
  assert.equal(fresh.status, 200);
  assert.notEqual(fresh.json.id, session.id);
  assert.equal(stderr(), "", "nothing on stderr");

  // Price amounts given on the command line.
  const priced = await start(KEY, "price_a=1500,price_b");
  const a = await checkout(priced.url, FORM.replace("price_starter", "price_a"), { idempotencyKey: "a" });
  assert.equal(a.json.amount_total, 1500);
  const b = await checkout(priced.url, FORM.replace("price_starter", "price_b"), { idempotencyKey: "b" });
  assert.equal(b.json.amount_total, 2900);
  assertError(await checkout(priced.url, FORM, { idempotencyKey: "c" }), 400, "invalid_request_error",
    { param: "line_items[0][price]", code: "resource_missing" });

  // stripe-sign.mjs: its header verifies with constructEvent; a changed byte, another secret or
  // an old timestamp does not.
  const secret = "whsec_selftest";
  const payload = '{\n  "id": "evt_1",\n  "object": "event",\n  "type": "checkout.session.completed"\n}\n';
  const sign = (...args) => spawnSync(process.execPath, [SIGN, ...args], { input: payload, encoding: "utf8" });
  const signed = sign(secret);
  assert.equal(signed.status, 0, signed.stderr);
  assert.equal(signed.stderr, "");
  assert.match(signed.stdout, /^t=\d+,v1=[0-9a-f]{64}\n$/);
  const header = signed.stdout.trimEnd();
  assert.equal(Stripe.webhooks.constructEvent(payload, header, secret).type, "checkout.session.completed");
  assert.throws(() => Stripe.webhooks.constructEvent(payload.replace("evt_1", "evt_2"), header, secret),
    Stripe.errors.StripeSignatureVerificationError);
  assert.throws(() => Stripe.webhooks.constructEvent(payload.trimEnd(), header, secret),
    Stripe.errors.StripeSignatureVerificationError);
  assert.throws(() => Stripe.webhooks.constructEvent(payload, header, "whsec_other"),
    Stripe.errors.StripeSignatureVerificationError);
  const old = sign(secret, "1700000000");
  assert.match(old.stdout, /^t=1700000000,v1=[0-9a-f]{64}\n$/);
  assert.throws(() => Stripe.webhooks.constructEvent(payload, old.stdout.trimEnd(), secret), /tolerance/);
  assert.equal(Stripe.webhooks.constructEvent(payload, old.stdout.trimEnd(), secret, 0).id, "evt_1");

  // Its --verify mode.
  const verified = sign(secret, "--verify", header);
  assert.equal(verified.status, 0, verified.stderr);
  assert.equal(verified.stdout, "ok\n");
  const tampered = spawnSync(process.execPath, [SIGN, secret, "--verify", header],
    { input: payload.replace("completed", "expired"), encoding: "utf8" });
  assert.equal(tampered.status, 1);
  assert.equal(tampered.stdout, "");
  assert.match(tampered.stderr, /No signatures found matching the expected signature/);
  assert.equal(sign().status, 2, "no secret: usage");
}

let failed = false;
try {
  await main();
  console.log("fake-stripe selftest: ok");
} catch (error) {
  failed = true;
  console.error("fake-stripe selftest: FAILED\n", error);
} finally {
  for (const child of children) {
    child.removeAllListeners("exit");
    child.kill("SIGTERM");
  }
}
process.exitCode = failed ? 1 : 0;
