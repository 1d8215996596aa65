// Self-check for otlp-receiver.mjs: starts it as a child process the way the C++ tests do (port 0,
// first stdout line "otlp-receiver listening on PORT"), sends one OTLP JSON export (a parent and a
// child span), one gzip'd protobuf export built with the same generated types, and one JSON export
// with a bad trace id, then checks what GET /spans reports. A second receiver started with
// --fail-first 1 --delay-ms 50 checks the fault injection. Exits 0 when all checks pass, 1 otherwise.
//   node otlp-receiver.selftest.mjs
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import zlib from "node:zlib";
import assert from "node:assert/strict";
import otlp from "@opentelemetry/otlp-transformer/build/src/generated/root.js";

const { ExportTraceServiceRequest } = otlp.opentelemetry.proto.collector.trace.v1;
const RECEIVER = path.join(path.dirname(fileURLToPath(import.meta.url)), "otlp-receiver.mjs");
const children = [];

function start(...args) {
  const child = spawn(process.execPath, [RECEIVER, "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let stderr = "";
  child.stderr.on("data", (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`receiver did not start: ${stderr}`)), 10000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const newline = stdout.indexOf("\n");
      if (newline < 0) return;
      clearTimeout(timer);
      const match = /^otlp-receiver listening on (\d+)$/.exec(stdout.slice(0, newline));
      if (!match || match[1] === "0") reject(new Error(`unexpected first line: ${stdout}`));
      else resolve({ url: `http://127.0.0.1:${match[1]}`, stderr: () => stderr });
    });
    child.on("exit", (code) => reject(new Error(`receiver exited with ${code}: ${stderr}`)));
  });
}

const TRACE = "5b8efff798038103d269b633813fc60c";
const PARENT = "eee19b7ec3c1b174";
const CHILD = "eee19b7ec3c1b173";
const START = "1700000000123456789"; // beyond 2^53: must come back exactly

const jsonExport = {
  resourceSpans: [{
    resource: { attributes: [{ key: "service.name", value: { stringValue: "resumax" } }] },
    scopeSpans: [{
      scope: { name: "resumax.http", version: "1.2.3" },
      spans: [
        {
          traceId: TRACE.toUpperCase(), // OTLP JSON ids are case-insensitive hex
          spanId: PARENT,
          name: "GET /api/resumes",
          kind: 2,
          startTimeUnixNano: START,
          endTimeUnixNano: "1700000000223456789",
          status: { code: 1 },
          attributes: [
            { key: "http.request.method", value: { stringValue: "GET" } },
            { key: "http.response.status_code", value: { intValue: "200" } },
            { key: "big", value: { intValue: "9007199254740993" } },
            { key: "ratio", value: { doubleValue: 0.5 } },
            { key: "cached", value: { boolValue: false } },
            { key: "tags", value: { arrayValue: { values: [{ stringValue: "a" }, { intValue: 7 }] } } },
          ],
        },
        {
          traceId: TRACE,
          spanId: CHILD,
          parentSpanId: PARENT,
          name: "db.query",
          kind: 3,
          startTimeUnixNano: 1700000000133456789, // a JSON number is accepted too (precision may go)
          endTimeUnixNano: "1700000000143456789",
          status: { code: 2, message: "timeout" },
          events: [{ name: "exception", timeUnixNano: "1700000000140000000",
            attributes: [{ key: "exception.type", value: { stringValue: "Timeout" } }] }],
        },
      ],
    }],
  }],
};

const PROTO_TRACE = "0af7651916cd43dd8448eb211c80319c";
const PROTO_SPAN = "b7ad6b7169203331";
const protobufExport = ExportTraceServiceRequest.encode(ExportTraceServiceRequest.fromObject({
  resourceSpans: [{
    resource: { attributes: [{ key: "service.name", value: { stringValue: "resumax-worker" } }] },
    scopeSpans: [{
      scope: { name: "resumax.jobs", version: "0.1.0" },
      spans: [{
        traceId: Buffer.from(PROTO_TRACE, "hex"),
        spanId: Buffer.from(PROTO_SPAN, "hex"),
        name: "export.pdf",
        kind: 1,
        startTimeUnixNano: START,
        endTimeUnixNano: "1700000001123456789",
        attributes: [
          { key: "pages", value: { intValue: 3 } },
          { key: "fonts", value: { arrayValue: { values: [{ stringValue: "Inter" }, { boolValue: true }] } } },
        ],
        status: { code: 1, message: "" },
      }],
    }],
  }],
})).finish();

async function post(url, type, body, headers = {}) {
  const response = await fetch(`${url}/v1/traces`, {
    method: "POST", headers: { "Content-Type": type, ...headers }, body,
  });
  return { status: response.status, type: response.headers.get("content-type"),
    body: Buffer.from(await response.arrayBuffer()) };
}

async function main() {
  const receiver = await start();
  const { url } = receiver;

  let answer = await post(url, "application/json", JSON.stringify(jsonExport));
  assert.equal(answer.status, 200, answer.body.toString());
  assert.equal(answer.type, "application/json");
  assert.deepEqual(JSON.parse(answer.body.toString()), {});

  answer = await post(url, "application/x-protobuf", zlib.gzipSync(protobufExport), { "Content-Encoding": "gzip" });
  assert.equal(answer.status, 200, answer.body.toString());
  assert.equal(answer.type, "application/x-protobuf");
  assert.equal(answer.body.length, 0); // an empty ExportTraceServiceResponse

  const bad = structuredClone(jsonExport);
  bad.resourceSpans[0].scopeSpans[0].spans[1].traceId = TRACE.slice(2);
  answer = await post(url, "application/json; charset=utf-8", JSON.stringify(bad));
  assert.equal(answer.status, 400);
  const status = JSON.parse(answer.body.toString());
  assert.equal(status.code, 3);
  assert.match(status.message, /spans\.1\.traceId: expected 32 hex characters/);

  // verify's own errors are answered the same way: an enum written as a name.
  const named = structuredClone(jsonExport);
  named.resourceSpans[0].scopeSpans[0].spans[0].kind = "SPAN_KIND_SERVER";
  answer = await post(url, "application/json", JSON.stringify(named));
  assert.equal(answer.status, 400);
  assert.match(JSON.parse(answer.body.toString()).message, /kind: enum value expected/);

  const all = await (await fetch(`${url}/spans`)).json();
  assert.equal(all.spans.length, 3, JSON.stringify(all));
  assert.equal(all.requests, 2);
  assert.equal(all.rejected, 2);
  assert.equal(all.failed, 0);
  assert.deepEqual(all.contentTypes, ["application/json", "application/x-protobuf"]);
  assert.equal(all.rejections.length, 2);

  const [parent, child, worker] = all.spans;
  assert.deepEqual(parent, {
    traceId: TRACE, spanId: PARENT, parentSpanId: "", name: "GET /api/resumes", kind: 2,
    startTimeUnixNano: START, endTimeUnixNano: "1700000000223456789",
    status: { code: 1, message: "" },
    attributes: { "http.request.method": "GET", "http.response.status_code": 200,
      big: "9007199254740993", ratio: 0.5, cached: false, tags: ["a", 7] },
    resource: { "service.name": "resumax" },
    scope: { name: "resumax.http", version: "1.2.3" },
    events: [], links: [],
  });
  assert.equal(child.traceId, TRACE);
  assert.equal(child.parentSpanId, parent.spanId);
  assert.equal(child.kind, 3);
  assert.deepEqual(child.status, { code: 2, message: "timeout" });
  assert.match(child.startTimeUnixNano, /^17000000001334\d+$/);
  assert.deepEqual(child.events, [{ name: "exception", timeUnixNano: "1700000000140000000",
    attributes: { "exception.type": "Timeout" } }]);
  assert.deepEqual(worker, {
    traceId: PROTO_TRACE, spanId: PROTO_SPAN, parentSpanId: "", name: "export.pdf", kind: 1,
    startTimeUnixNano: START, endTimeUnixNano: "1700000001123456789",
    status: { code: 1, message: "" },
    attributes: { pages: 3, fonts: ["Inter", true] },
    resource: { "service.name": "resumax-worker" },
    scope: { name: "resumax.jobs", version: "0.1.0" },
    events: [], links: [],
  });

  const filtered = await (await fetch(`${url}/spans?traceId=${PROTO_TRACE.toUpperCase()}`)).json();
  assert.deepEqual(filtered.spans, [worker]);

  // A protobuf export with a short span id is refused with a protobuf google.rpc.Status.
  const shortId = ExportTraceServiceRequest.encode(ExportTraceServiceRequest.fromObject({
    resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: Buffer.from(PROTO_TRACE, "hex"),
      spanId: Buffer.from("b7ad6b71", "hex"), name: "x" }] }] }],
  })).finish();
  answer = await post(url, "application/x-protobuf", shortId);
  assert.equal(answer.status, 400);
  assert.equal(answer.type, "application/x-protobuf");
  assert.equal(answer.body[0], 0x08); // field 1 (code), varint
  assert.equal(answer.body[1], 3);
  assert.match(answer.body.toString("latin1"), /spanId: expected 16 hex characters/);

  answer = await post(url, "text/plain", "hello");
  assert.equal(answer.status, 415);

  assert.equal((await fetch(`${url}/spans`, { method: "DELETE" })).status, 200);
  const empty = await (await fetch(`${url}/spans`)).json();
  assert.deepEqual(empty, { spans: [], requests: 0, rejected: 0, failed: 0, contentTypes: [], rejections: [] });

  // Fault injection: the first export gets 503, the retry is kept; answers wait --delay-ms.
  const flaky = await start("--fail-first", "1", "--delay-ms", "50");
  const began = Date.now();
  answer = await post(flaky.url, "application/json", JSON.stringify(jsonExport));
  assert.equal(answer.status, 503);
  assert.ok(Date.now() - began >= 45, "the answer was not delayed");
  assert.equal(JSON.parse(answer.body.toString()).code, 14);
  answer = await post(flaky.url, "application/json", JSON.stringify(jsonExport));
  assert.equal(answer.status, 200);
  const after = await (await fetch(`${flaky.url}/spans`)).json();
  assert.equal(after.spans.length, 2);
  assert.equal(after.requests, 1);
  assert.equal(after.failed, 1);
  assert.equal(after.rejected, 0);
  assert.equal(flaky.stderr(), "", "nothing on stderr for accepted exports");
}

let failed = false;
try {
  await main();
  console.log("otlp-receiver selftest: ok");
} catch (error) {
  failed = true;
  console.error("otlp-receiver selftest: FAILED\n", error);
} finally {
  for (const child of children) {
    child.removeAllListeners("exit");
    child.kill("SIGTERM");
  }
}
process.exitCode = failed ? 1 : 0;
