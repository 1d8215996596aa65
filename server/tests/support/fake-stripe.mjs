// A fake of Stripe's REST API for the tests, over real HTTP on 127.0.0.1, for the one call the
// server makes to buy credits: POST /v1/checkout/sessions. It checks what real Stripe checks
// (the secret key, form-encoded parameters in Stripe's bracket notation, required parameters,
// known prices, idempotency keys) and answers with Stripe's status codes, error shape and headers.
//
//   node fake-stripe.mjs PORT SECRET_KEY [PRICES]
//     PORT        0: a free port; prints "fake-stripe listening on PORT" as its first line
//     SECRET_KEY  the only key accepted (sk_test_...), sent as "Authorization: Bearer SECRET_KEY"
//     PRICES      known price ids, comma separated (default "price_starter,price_pro"); each may
//                 carry its unit amount in cents as "id=amount", else 900, 2900, 4900, 9900, ...
//
//   POST /v1/checkout/sessions   200 with a Checkout Session; 401 for a missing or wrong key;
//                                400 without an Idempotency-Key header (the server must always
//                                send one), for a missing, empty or unknown parameter, an unknown
//                                price, or a reused idempotency key with other parameters.
//   Idempotency as Stripe does it: the same key with the same parameters replays the first
//   answer byte for byte (same session id) with "Idempotent-Replayed: true". Only sessions
//   created are saved: a request refused with 400 may be sent again with the same key.
//
// Test hooks (not Stripe endpoints):
//   GET  /__requests                 every API request so far, refused ones included:
//                                    [{method, path, headers (lower-case names), form, raw}]
//                                    (form: the decoded parameters, or null if undecodable)
//   POST /__fail?status=500&times=1  the next `times` checkout calls answer `status` with
//                                    Stripe's error shape (api_error; 429 as Stripe's rate
//                                    limit), before the key or idempotency are looked at, and
//                                    nothing is saved for their idempotency keys
//   POST /__reset                    forget requests, sessions, idempotency keys, failures
// Anything else: 404 "Unrecognized request URL", as Stripe answers.
import http from "node:http";
import crypto from "node:crypto";

const USAGE = "usage: node fake-stripe.mjs PORT SECRET_KEY [PRICES (price_starter,price_pro)]";
const [portArg, secretKey, pricesArg = "price_starter,price_pro"] = process.argv.slice(2);
const port = Number(portArg);
if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^sk_test_\w+$/.test(secretKey ?? "")) {
  console.error(`fake-stripe: bad arguments\n${USAGE}`);
  process.exit(2);
}

// Price id -> unit amount in cents.
const DEFAULT_AMOUNTS = [900, 2900, 4900, 9900];
const prices = new Map();
for (const [index, entry] of pricesArg.split(",").filter(Boolean).entries()) {
  const [id, amount] = entry.split("=");
  const cents = amount === undefined ? (DEFAULT_AMOUNTS[index] ?? 1000 * (index + 1)) : Number(amount);
  if (!/^price_\w+$/.test(id) || !Number.isInteger(cents) || cents < 0) {
    console.error(`fake-stripe: bad price "${entry}"\n${USAGE}`);
    process.exit(2);
  }
  prices.set(id, cents);
}

// Top-level parameters of POST /v1/checkout/sessions and of each line item; any other name is
// refused with parameter_unknown, as Stripe does, so that a misspelt parameter fails the test.
const SESSION_PARAMETERS = new Set([
  "adaptive_pricing", "after_expiration", "allow_promotion_codes", "automatic_tax",
  "billing_address_collection", "branding_settings", "cancel_url", "client_reference_id",
  "consent_collection", "currency", "custom_fields", "custom_text", "customer",
  "customer_creation", "customer_email", "customer_update", "discounts", "expand", "expires_at",
  "invoice_creation", "line_items", "locale", "metadata", "mode", "name_collection",
  "optional_items", "origin_context", "payment_intent_data", "payment_method_collection",
  "payment_method_configuration", "payment_method_data", "payment_method_options",
  "payment_method_types", "permissions", "phone_number_collection", "redirect_on_completion",
  "return_url", "saved_payment_method_options", "setup_intent_data", "shipping_address_collection",
  "shipping_options", "submit_type", "subscription_data", "success_url", "tax_id_collection",
  "ui_mode", "wallet_options",
]);
const LINE_ITEM_PARAMETERS = new Set([
  "adjustable_quantity", "dynamic_tax_rates", "price", "price_data", "quantity", "tax_rates",
]);
const MODES = ["payment", "setup", "subscription"];
const DOCS = "Please see https://stripe.com/docs or we can help at https://support.stripe.com/.";

let requests = [];
let idempotency = new Map(); // key -> {params (canonical JSON), body, requestId}
let failure = { status: 0, times: 0 };

// A refusal in Stripe's error shape: {"error": {type, message, param?, code?, doc_url?}}.
class StripeFailure extends Error {
  constructor(status, message, { type = "invalid_request_error", param, code, headers = {} } = {}) {
    super(message);
    this.status = status;
    this.type = type;
    this.param = param;
    this.code = code;
    this.headers = headers;
  }
  get body() {
    const error = { type: this.type, message: this.message };
    if (this.param !== undefined) error.param = this.param;
    if (this.code !== undefined) {
      error.code = this.code;
      error.doc_url = `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, "-")}`;
    }
    return { error };
  }
}
const missing = (param) =>
  new StripeFailure(400, `Missing required param: ${param}.`, { param, code: "parameter_missing" });

// Stripe ids: a prefix and random letters and digits.
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const randomId = (prefix, length) =>
  prefix + Array.from(crypto.randomBytes(length), (byte) => ALPHANUMERIC[byte % 62]).join("");

// Stripe shows a wrong key with all but its prefix and last four characters starred.
function maskKey(key) {
  const prefix = /^[a-z]{2,3}_(?:test|live)_/.exec(key)?.[0] ?? "";
  const rest = key.slice(prefix.length);
  return prefix + "*".repeat(Math.max(rest.length - 4, 0)) + rest.slice(-4);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res, status, body, headers = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body, null, 2);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    "Request-Id": randomId("req_", 14),
    ...headers,
  });
  res.end(text);
}
const sendFailure = (res, refusal) => send(res, refusal.status, refusal.body, refusal.headers);

// Decodes Stripe's form encoding into nested values: "a[b]=1" is {a: {b: "1"}},
// "a[0][b]=1&a[1][b]=2" is {a: [{b: "1"}, {b: "2"}]}, "a[]=1&a[]=2" is {a: ["1", "2"]}.
// Objects have no prototype, so any name ("__proto__" too) is only data.
function decodeForm(raw) {
  const root = Object.create(null);
  for (const [name, value] of new URLSearchParams(raw)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name);
    if (!match) throw new StripeFailure(400, `Invalid parameter name: ${name}`, { param: name });
    const keys = [match[1], ...[...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1])];
    let node = root;
    for (let i = 0; i < keys.length; ++i) {
      const last = i === keys.length - 1;
      let key = keys[i];
      if (Array.isArray(node)) {
        // Arrays take indexes 0..999, or "[]" (append) as the last bracket only.
        if (key === "" && last) key = String(node.length);
        if (!/^(?:0|[1-9]\d{0,2})$/.test(key)) throw new StripeFailure(400, `Invalid array: ${name}`, { param: name });
      } else if (key === "") {
        throw new StripeFailure(400, `Invalid hash: ${name}`, { param: name });
      }
      if (last) {
        if (node[key] !== undefined && typeof node[key] !== "string") {
          throw new StripeFailure(400, `Invalid ${Array.isArray(node[key]) ? "array" : "hash"}: ${name}`,
            { param: name });
        }
        node[key] = value;
        break;
      }
      const wantArray = /^\d*$/.test(keys[i + 1]);
      const child = node[key];
      if (child === undefined) {
        node[key] = wantArray ? [] : Object.create(null);
      } else if (typeof child === "string" || Array.isArray(child) !== wantArray) {
        throw new StripeFailure(400, `Invalid ${wantArray ? "array" : "hash"}: ${name}`, { param: name });
      }
      node = node[key];
    }
  }
  // Indexes must run 0, 1, 2, ... without a gap.
  const checkGaps = (value, path) => {
    if (typeof value !== "object") return;
    for (const key of Object.keys(value)) checkGaps(value[key], path ? `${path}[${key}]` : key);
    if (Array.isArray(value) && Object.keys(value).length !== value.length) {
      throw new StripeFailure(400, `Invalid array: ${path} has a gap in its indexes`, { param: path });
    }
  };
  checkGaps(root, "");
  return root;
}

// JSON with keys sorted, so that parameters sent in another order compare equal.
function canonical(value) {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
}

// A required string parameter: missing and empty ("unset") are refused as Stripe does.
function required(value, param) {
  if (value === undefined) throw missing(param);
  if (typeof value !== "string") {
    throw new StripeFailure(400, `Invalid string: ${param}`, { param });
  }
  if (value === "") {
    throw new StripeFailure(400, `You passed an empty string for '${param}'. We assume empty values ` +
      `are an attempt to unset a parameter; however '${param}' cannot be unset. You should remove ` +
      `'${param}' from your request or supply a non-empty value.`, { param, code: "parameter_invalid_empty" });
  }
  return value;
}

function checkUrl(value, param) {
  let url = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || !["http:", "https:"].includes(url.protocol)) {
    throw new StripeFailure(400, "Not a valid URL", { param, code: "url_invalid" });
  }
}

// The parameters' checks, in Stripe's terms; answers the total in cents and the metadata.
function checkSession(form) {
  for (const name of Object.keys(form)) {
    if (!SESSION_PARAMETERS.has(name)) {
      throw new StripeFailure(400, `Received unknown parameter: ${name}`, { param: name, code: "parameter_unknown" });
    }
  }
  const mode = required(form.mode, "mode");
  if (!MODES.includes(mode)) {
    throw new StripeFailure(400, `Invalid mode: must be one of ${MODES.join(", ")}`, { param: "mode" });
  }
  checkUrl(required(form.success_url, "success_url"), "success_url");
  checkUrl(required(form.cancel_url, "cancel_url"), "cancel_url");
  // metadata: a hash of strings; an empty string unsets it, as everywhere in Stripe's API.
  const metadata = form.metadata === "" ? {} : { ...(form.metadata ?? {}) };
  if (form.metadata !== undefined && form.metadata !== "") {
    if (typeof form.metadata !== "object" || Array.isArray(form.metadata)) {
      throw new StripeFailure(400, "Invalid object", { param: "metadata" });
    }
    for (const [name, value] of Object.entries(metadata)) {
      if (typeof value !== "string") {
        throw new StripeFailure(400, "Invalid string", { param: `metadata[${name}]` });
      }
    }
  }
  if (form.client_reference_id !== undefined && typeof form.client_reference_id !== "string") {
    throw new StripeFailure(400, "Invalid string: client_reference_id", { param: "client_reference_id" });
  }
  if (form.line_items !== undefined && !Array.isArray(form.line_items)) {
    throw new StripeFailure(400, "Invalid array", { param: "line_items" });
  }
  const items = form.line_items ?? [];
  if (items.length === 0) throw missing("line_items[0][price]");
  let total = 0;
  items.forEach((item, index) => {
    const at = `line_items[${index}]`;
    if (typeof item !== "object" || Array.isArray(item)) {
      throw new StripeFailure(400, "Invalid object", { param: at });
    }
    for (const name of Object.keys(item)) {
      if (!LINE_ITEM_PARAMETERS.has(name)) {
        throw new StripeFailure(400, `Received unknown parameter: ${at}[${name}]`,
          { param: `${at}[${name}]`, code: "parameter_unknown" });
      }
    }
    const price = required(item.price, `${at}[price]`);
    if (!prices.has(price)) {
      throw new StripeFailure(400, `No such price: '${price}'`, { param: `${at}[price]`, code: "resource_missing" });
    }
    const quantity = required(item.quantity, `${at}[quantity]`);
    if (!/^[1-9]\d{0,5}$/.test(quantity)) {
      throw new StripeFailure(400, "Invalid positive integer",
        { param: `${at}[quantity]`, code: "parameter_invalid_integer" });
    }
    total += prices.get(price) * Number(quantity);
  });
  return { total, metadata };
}

// A Checkout Session as Stripe's API returns it for a hosted, card-only, one-currency checkout.
function sessionObject(form, { total, metadata }) {
  const id = randomId("cs_test_", 58);
  const created = Math.floor(Date.now() / 1000);
  return {
    id,
    object: "checkout.session",
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, liability: null, status: null },
    billing_address_collection: null,
    cancel_url: form.cancel_url,
    client_reference_id: form.client_reference_id || null,
    client_secret: null,
    created,
    currency: "usd",
    customer: null,
    customer_creation: "if_required",
    customer_details: null,
    customer_email: form.customer_email || null,
    expires_at: created + 24 * 60 * 60,
    invoice: null,
    livemode: false,
    locale: form.locale || null,
    metadata,
    mode: form.mode,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: "if_required",
    payment_method_types: ["card"],
    payment_status: "unpaid",
    setup_intent: null,
    status: "open",
    submit_type: null,
    subscription: null,
    success_url: form.success_url,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted",
    url: `https://checkout.stripe.com/c/pay/${id}`,
  };
}

// Stripe also takes the key as a Basic user name; the fake takes only Bearer, as the server sends.
function checkAuthorization(req) {
  const header = req.headers.authorization;
  if (!header) {
    throw new StripeFailure(401, "You did not provide an API key. You need to provide your API key in " +
      "the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). " + DOCS,
      { headers: { "WWW-Authenticate": 'Basic realm="Stripe"' } });
  }
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match) {
    throw new StripeFailure(401, "Invalid Authorization header: expected 'Authorization: Bearer " +
      "YOUR_SECRET_KEY'. " + DOCS, { headers: { "WWW-Authenticate": 'Basic realm="Stripe"' } });
  }
  if (match[1] !== secretKey) {
    throw new StripeFailure(401, `Invalid API Key provided: ${maskKey(match[1])}`,
      { headers: { "WWW-Authenticate": 'Basic realm="Stripe"' } });
  }
}

function createCheckoutSession(req, res, form) {
  if (failure.times > 0) {
    failure.times -= 1;
    const rateLimited = failure.status === 429;
    throw new StripeFailure(failure.status, rateLimited
      ? "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits."
      : "An unknown error occurred while processing your request. Please try again later.",
      rateLimited ? { code: "rate_limit" } : { type: "api_error" });
  }
  checkAuthorization(req);
  const mediaType = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/x-www-form-urlencoded") {
    throw new StripeFailure(400, `Invalid request: unsupported Content-Type ${mediaType || "(none)"}. ` +
      "Requests must be sent as application/x-www-form-urlencoded.");
  }
  // Stripe treats the header as optional; the resuMAX server must send one with every checkout
  // request so that a retry can never open a second session for one purchase.
  const key = req.headers["idempotency-key"];
  if (!key) {
    throw new StripeFailure(400, "Missing Idempotency-Key header: every POST /v1/checkout/sessions " +
      "from the server must carry an Idempotency-Key so that a retried request cannot create a " +
      "second Checkout Session.");
  }
  if (key.length > 255) {
    throw new StripeFailure(400, "Idempotency-Key is too long: at most 255 characters are allowed.");
  }
  if (form instanceof StripeFailure) throw form;
  const params = canonical(form);
  const saved = idempotency.get(key);
  if (saved) {
    if (saved.params !== params) {
      throw new StripeFailure(400, "Keys for idempotent requests can only be used with the same " +
        `parameters they were first used with. Try using a key other than '${key}' if you meant to ` +
        "execute a different request.", { type: "idempotency_error" });
    }
    send(res, 200, saved.body, { "Idempotency-Key": key, "Idempotent-Replayed": "true",
      "Original-Request": saved.requestId });
    return;
  }
  const body = JSON.stringify(sessionObject(form, checkSession(form)), null, 2);
  const requestId = randomId("req_", 14);
  idempotency.set(key, { params, body, requestId });
  send(res, 200, body, { "Request-Id": requestId, "Idempotency-Key": key, "Original-Request": requestId });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  try {
    const raw = await readBody(req);
    if (req.method === "GET" && url.pathname === "/__requests") {
      send(res, 200, requests);
    } else if (req.method === "POST" && url.pathname === "/__fail") {
      const status = Number(url.searchParams.get("status") ?? 500);
      const times = Number(url.searchParams.get("times") ?? 1);
      if (!Number.isInteger(status) || status < 400 || status > 599 || !Number.isInteger(times) || times < 0) {
        send(res, 400, { error: "status must be 400..599 and times a count" });
        return;
      }
      failure = { status, times };
      send(res, 200, failure);
    } else if (req.method === "POST" && url.pathname === "/__reset") {
      requests = [];
      idempotency = new Map();
      failure = { status: 0, times: 0 };
      send(res, 200, { ok: true });
    } else {
      let form;
      try {
        form = decodeForm(raw);
      } catch (error) {
        if (!(error instanceof StripeFailure)) throw error;
        form = error;
      }
      requests.push({ method: req.method, path: req.url, headers: req.headers,
        form: form instanceof StripeFailure ? null : form, raw });
      if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        createCheckoutSession(req, res, form);
      } else {
        throw new StripeFailure(404, `Unrecognized request URL (${req.method}: ${url.pathname}). ${DOCS}`);
      }
    }
  } catch (error) {
    if (error instanceof StripeFailure) {
      sendFailure(res, error);
      return;
    }
    console.error("fake-stripe:", error);
    if (!res.headersSent) sendFailure(res, new StripeFailure(500, String(error), { type: "api_error" }));
  }
});

server.on("error", (error) => {
  console.error("fake-stripe:", error.message);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  console.log(`fake-stripe listening on ${server.address().port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 500).unref();
  });
}
