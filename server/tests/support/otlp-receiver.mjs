// An OTLP/HTTP trace receiver for the tests: takes POST /v1/traces as protobuf
// (application/x-protobuf) or OTLP JSON (application/json), plain or Content-Encoding: gzip,
// checks each export with the official OpenTelemetry protobuf types (@opentelemetry/otlp-transformer's
// generated root) and keeps every span, flattened, in memory for the test to read back.
//
//   node otlp-receiver.mjs [PORT] [--fail-first N] [--delay-ms N]
//     (PORT 0 or none: a free port; prints "otlp-receiver listening on PORT" as its first line)
//     --fail-first N   answer 503 (google.rpc.Status UNAVAILABLE) to the first N export requests
//     --delay-ms N     wait N ms before answering each export request (not GET/DELETE /spans)
//   The same from the environment: OTLP_RECEIVER_FAIL_FIRST, OTLP_RECEIVER_DELAY_MS (flags win).
//
//   POST   /v1/traces        200 with {} (JSON) or an empty ExportTraceServiceResponse (protobuf);
//                            400 with a google.rpc.Status (code 3) in the request's encoding when the
//                            export does not verify or an id is not hex of the right length (a
//                            rejected export keeps none of its spans); 415 for another content type
//                            or content encoding.
//   GET    /spans[?traceId=] {spans, requests, rejected, failed, contentTypes, rejections}
//   DELETE /spans            forgets spans, counters, content types and rejections (not how many
//                            --fail-first answers were already given).
// A span: {traceId, spanId, parentSpanId, name, kind, startTimeUnixNano, endTimeUnixNano,
//   status: {code, message}, attributes: {key: value}, resource: {key: value},
//   scope: {name, version}, events: [{name, timeUnixNano, attributes}],
//   links: [{traceId, spanId, attributes}]}
// Ids are lowercase hex ("" for no parent); times are decimal strings (nanoseconds, exact);
// attribute values are unwrapped from AnyValue: strings, booleans, doubles, ints as numbers
// (as decimal strings beyond 2^53), arrays as arrays, key-value lists as objects, bytes as base64.
import http from "node:http";
import zlib from "node:zlib";
import otlp from "@opentelemetry/otlp-transformer/build/src/generated/root.js";

const { ExportTraceServiceRequest, ExportTraceServiceResponse } =
  otlp.opentelemetry.proto.collector.trace.v1;

function parseArguments(argv, env) {
  const options = {
    port: 0,
    failFirst: Number(env.OTLP_RECEIVER_FAIL_FIRST ?? 0),
    delayMs: Number(env.OTLP_RECEIVER_DELAY_MS ?? 0),
  };
  const positional = [];
  for (let i = 0; i < argv.length; ++i) {
    const match = /^--(fail-first|delay-ms)(?:=(.*))?$/.exec(argv[i]);
    if (!match) {
      positional.push(argv[i]);
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (match[1] === "fail-first") options.failFirst = Number(value);
    else options.delayMs = Number(value);
  }
  if (positional.length > 0) options.port = Number(positional[0]);
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value < 0 || (name === "port" && value > 65535)) {
      console.error(`otlp-receiver: bad ${name}: ${value}\n` +
        "usage: node otlp-receiver.mjs [PORT] [--fail-first N] [--delay-ms N]");
      process.exit(2);
    }
  }
  return options;
}

const options = parseArguments(process.argv.slice(2), process.env);
const MAX_BODY = 16 * 1024 * 1024;
const PROTOBUF = "application/x-protobuf";
const JSON_TYPE = "application/json";

let state;
const reset = () => {
  state = { spans: [], requests: 0, rejected: 0, failed: 0, contentTypes: [], rejections: [] };
};
reset();
let exportsSeen = 0;

class Rejection extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
const invalid = (message) => new Rejection(400, 3, message); // google.rpc.Code INVALID_ARGUMENT

// ---- OTLP JSON -> something ExportTraceServiceRequest.verify understands -----------------------
// The proto3 JSON mapping (which OTLP JSON follows) writes 64-bit integers as decimal strings and
// allows doubles as "NaN"/"Infinity"; protobufjs's verify only takes numbers or Longs there. This
// copy turns those strings into numbers for verify alone (the values kept come from the original,
// so no precision is lost); anything else is left for verify to reject.
const UINT64_KEYS = new Set(["startTimeUnixNano", "endTimeUnixNano", "timeUnixNano"]);
const INT64_KEYS = new Set(["intValue"]);
const UINT32_KEYS = new Set(["droppedAttributesCount", "droppedEventsCount", "droppedLinksCount", "flags"]);
const UINT64_MAX = (1n << 64n) - 1n;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

function integerString(text, min, max) {
  if (typeof text !== "string" || !/^-?\d+$/.test(text)) return undefined;
  const value = BigInt(text);
  return value >= min && value <= max ? Number(value) : undefined;
}

function forVerify(value, key) {
  if (Array.isArray(value)) return value.map((item) => forVerify(item, undefined));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, forVerify(item, name)]));
  }
  if (typeof value !== "string") return value;
  let converted;
  if (UINT64_KEYS.has(key)) converted = integerString(value, 0n, UINT64_MAX);
  else if (INT64_KEYS.has(key)) converted = integerString(value, INT64_MIN, INT64_MAX);
  else if (UINT32_KEYS.has(key)) converted = integerString(value, 0n, 0xffffffffn);
  else if (key === "doubleValue") {
    if (value === "NaN" || value === "Infinity" || value === "-Infinity") converted = Number(value);
    else if (/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value)) converted = Number(value);
  }
  return converted ?? value;
}

// ---- flattening (both encodings arrive here in JSON shape, ids already hex) -------------------
function hexId(value, bytes, path, { optional = false } = {}) {
  const text = value ?? "";
  if (optional && text === "") return "";
  if (typeof text !== "string" || text.length !== bytes * 2 || !/^[0-9a-fA-F]*$/.test(text)) {
    throw invalid(`${path}: expected ${bytes * 2} hex characters` +
      `${optional ? " or none" : ""}, got ${JSON.stringify(value ?? null)}`);
  }
  if (/^0+$/.test(text)) throw invalid(`${path}: an all-zero id is invalid`);
  return text.toLowerCase();
}

const decimal = (value) => (value === undefined || value === null ? "0" : BigInt(value).toString());

function intValue(value) {
  const big = BigInt(value);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(big) : big.toString();
}

function anyValue(value) {
  if (value === null || value === undefined) return null;
  if ("stringValue" in value) return value.stringValue;
  if ("boolValue" in value) return value.boolValue;
  if ("intValue" in value) return intValue(value.intValue);
  if ("doubleValue" in value) return Number(value.doubleValue);
  if ("arrayValue" in value) return (value.arrayValue?.values ?? []).map(anyValue);
  if ("kvlistValue" in value) return attributes(value.kvlistValue?.values);
  if ("bytesValue" in value) return value.bytesValue; // base64, as OTLP JSON writes it
  return null;
}

function attributes(list) {
  // fromEntries defines own properties, so even a key "__proto__" is kept as a plain key.
  return Object.fromEntries((list ?? []).map(({ key, value }) => [key ?? "", anyValue(value)]));
}

function flatten(request) {
  const spans = [];
  (request.resourceSpans ?? []).forEach((resourceSpans, r) => {
    const resource = attributes(resourceSpans.resource?.attributes);
    (resourceSpans.scopeSpans ?? []).forEach((scopeSpans, s) => {
      const scope = { name: scopeSpans.scope?.name ?? "", version: scopeSpans.scope?.version ?? "" };
      (scopeSpans.spans ?? []).forEach((span, i) => {
        const path = `resourceSpans.${r}.scopeSpans.${s}.spans.${i}`;
        spans.push({
          traceId: hexId(span.traceId, 16, `${path}.traceId`),
          spanId: hexId(span.spanId, 8, `${path}.spanId`),
          parentSpanId: hexId(span.parentSpanId, 8, `${path}.parentSpanId`, { optional: true }),
          name: span.name ?? "",
          kind: span.kind ?? 0,
          startTimeUnixNano: decimal(span.startTimeUnixNano),
          endTimeUnixNano: decimal(span.endTimeUnixNano),
          status: { code: span.status?.code ?? 0, message: span.status?.message ?? "" },
          attributes: attributes(span.attributes),
          resource,
          scope,
          events: (span.events ?? []).map((event) => ({
            name: event.name ?? "",
            timeUnixNano: decimal(event.timeUnixNano),
            attributes: attributes(event.attributes),
          })),
          links: (span.links ?? []).map((link, l) => ({
            traceId: hexId(link.traceId, 16, `${path}.links.${l}.traceId`),
            spanId: hexId(link.spanId, 8, `${path}.links.${l}.spanId`),
            attributes: attributes(link.attributes),
          })),
        });
      });
    });
  });
  return spans;
}

function decodeJson(body) {
  let request;
  try {
    request = JSON.parse(body.toString("utf8"));
  } catch (error) {
    throw invalid(`malformed JSON: ${error.message}`);
  }
  if (request === null || typeof request !== "object" || Array.isArray(request)) {
    throw invalid("ExportTraceServiceRequest: object expected");
  }
  let error;
  try {
    error = ExportTraceServiceRequest.verify(forVerify(request));
  } catch (thrown) {
    error = String(thrown?.message ?? thrown);
  }
  if (error) throw invalid(error);
  return flatten(request);
}

const hexFromBase64 = (text) => (text ? Buffer.from(text, "base64").toString("hex") : "");

function decodeProtobuf(body) {
  let message;
  try {
    message = ExportTraceServiceRequest.decode(body);
  } catch (error) {
    throw invalid(`malformed protobuf: ${error.message}`);
  }
  const error = ExportTraceServiceRequest.verify(message); // e.g. an unknown enum value
  if (error) throw invalid(error);
  const request = ExportTraceServiceRequest.toObject(message, { longs: String, bytes: String });
  for (const resourceSpans of request.resourceSpans ?? []) {
    for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
      for (const span of scopeSpans.spans ?? []) {
        for (const holder of [span, ...(span.links ?? [])]) {
          for (const key of ["traceId", "spanId", "parentSpanId"]) {
            if (key in holder) holder[key] = hexFromBase64(holder[key]);
          }
        }
      }
    }
  }
  return flatten(request);
}

// ---- HTTP --------------------------------------------------------------------------------------
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Rejection(413, 8, `body larger than ${MAX_BODY} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

// google.rpc.Status {int32 code = 1; string message = 2;} in protobuf wire format.
function varint(value) {
  const bytes = [];
  let rest = value >>> 0;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}
function statusProtobuf(code, message) {
  const text = Buffer.from(message, "utf8");
  return Buffer.concat([Buffer.from([0x08]), varint(code), Buffer.from([0x12]), varint(text.length), text]);
}

function send(res, status, type, body, extraHeaders = {}) {
  res.writeHead(status, { "Content-Type": type, "Content-Length": body.length, ...extraHeaders });
  res.end(body);
}
const sendJson = (res, status, value) => send(res, status, JSON_TYPE, Buffer.from(JSON.stringify(value)));

function sendStatus(res, mediaType, status, code, message) {
  if (mediaType === PROTOBUF) send(res, status, PROTOBUF, statusProtobuf(code, message));
  else sendJson(res, status, { code, message });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function handleExport(req, res) {
  const mediaType = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (!state.contentTypes.includes(mediaType)) state.contentTypes.push(mediaType);
  const attempt = ++exportsSeen;
  let body;
  try {
    body = await readBody(req);
  } catch (error) {
    if (options.delayMs) await sleep(options.delayMs);
    if (!res.destroyed) sendStatus(res, mediaType, error.status ?? 400, error.code ?? 3, error.message);
    return;
  }
  if (options.delayMs) await sleep(options.delayMs);
  if (attempt <= options.failFirst) {
    ++state.failed;
    sendStatus(res, mediaType, 503, 14, `injected failure ${attempt} of ${options.failFirst}`);
    return;
  }
  try {
    if (mediaType !== PROTOBUF && mediaType !== JSON_TYPE) {
      throw new Rejection(415, 3, `unsupported content type "${mediaType}"; ` +
        `expected ${PROTOBUF} or ${JSON_TYPE}`);
    }
    const encoding = (req.headers["content-encoding"] ?? "identity").trim().toLowerCase();
    if (encoding === "gzip") {
      try {
        body = zlib.gunzipSync(body, { maxOutputLength: MAX_BODY });
      } catch (error) {
        throw invalid(`bad gzip body: ${error.message}`);
      }
    } else if (encoding !== "identity") {
      throw new Rejection(415, 3, `unsupported content encoding "${encoding}"`);
    }
    const spans = mediaType === PROTOBUF ? decodeProtobuf(body) : decodeJson(body);
    state.spans.push(...spans);
    ++state.requests;
    if (mediaType === PROTOBUF) {
      send(res, 200, PROTOBUF, Buffer.from(ExportTraceServiceResponse.encode({}).finish()));
    } else {
      sendJson(res, 200, {});
    }
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    ++state.rejected;
    state.rejections.push({ status: error.status, contentType: mediaType, message: error.message });
    console.error(`otlp-receiver: rejected an export (${error.status}): ${error.message}`);
    sendStatus(res, mediaType, error.status, error.code, error.message);
  }
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://127.0.0.1");
    if (url.pathname === "/v1/traces") {
      if (req.method !== "POST") {
        sendJson(res, 405, { code: 12, message: "POST only" });
        return;
      }
      await handleExport(req, res);
    } else if (url.pathname === "/spans" && req.method === "GET") {
      const traceId = url.searchParams.get("traceId");
      const spans = traceId === null
        ? state.spans
        : state.spans.filter((span) => span.traceId === traceId.toLowerCase());
      sendJson(res, 200, { ...state, spans });
    } else if (url.pathname === "/spans" && req.method === "DELETE") {
      reset();
      sendJson(res, 200, {});
    } else {
      sendJson(res, 404, { code: 5, message: `no route ${req.method} ${url.pathname}` });
    }
  } catch (error) {
    console.error("otlp-receiver:", error);
    if (!res.headersSent) sendJson(res, 500, { code: 13, message: String(error?.message ?? error) });
    else res.destroy();
  }
});

server.on("error", (error) => {
  console.error("otlp-receiver:", error.message);
  process.exit(1);
});
server.listen(options.port, "127.0.0.1", () => {
  console.log(`otlp-receiver listening on ${server.address().port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 500).unref();
  });
}
