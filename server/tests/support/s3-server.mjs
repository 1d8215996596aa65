// An S3-compatible server for the tests that checks AWS Signature V4 for real.
// s3rver stores the objects but does not verify V4 signatures, so every request first goes
// through a verifier built on AWS's own signer (@smithy/signature-v4): the request is rebuilt
// with exactly the headers it claims to have signed, signed again with the known secret at the
// request's own date, and the two signatures are compared. Only then does s3rver see it.
// Request bodies stream through untouched; the payload hash is taken from x-amz-content-sha256
// as signed (s3rver does not check it against the body, and neither does this server).
// Usage: node s3-server.mjs PORT DATA_DIR BUCKET ACCESS_KEY SECRET [REGION (us-east-1)]
import http from "node:http";
import crypto from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import { Hash } from "@smithy/hash-node";
import S3rver from "s3rver";
import AWSAccount from "s3rver/lib/models/account.js";

const [portArg, directory, bucket, accessKey, secret, region = "us-east-1"] = process.argv.slice(2);
if (!portArg || !directory || !bucket || !accessKey || !secret) {
  console.error("usage: node s3-server.mjs PORT DATA_DIR BUCKET ACCESS_KEY SECRET [REGION]");
  process.exit(2);
}

const SECRETS = new Map([[accessKey, secret]]);
const MAX_SKEW_MS = 15 * 60 * 1000;
const MAX_PRESIGNED_TTL = 7 * 24 * 60 * 60;
const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
const sha256 = Hash.bind(null, "sha256");

class S3Failure extends Error {
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

const xmlEscape = (text) =>
  String(text).replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]);

function sendError(res, failure) {
  const fields = { Code: failure.code, Message: failure.message, ...failure.extra,
    RequestId: crypto.randomBytes(8).toString("hex").toUpperCase() };
  const body = '<?xml version="1.0" encoding="UTF-8"?>\n<Error>' +
    Object.entries(fields).map(([k, v]) => `<${k}>${xmlEscape(v)}</${k}>`).join("") + "</Error>";
  res.writeHead(failure.status, { "Content-Type": "application/xml", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

// S3 canonicalises the path by URI-encoding each (decoded) segment once, keeping the slashes.
const escapeUri = (text) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());

function canonicalPath(rawPath) {
  try {
    return rawPath.split("/").map((segment) => escapeUri(decodeURIComponent(segment))).join("/");
  } catch {
    throw new S3Failure(400, "InvalidURI", "Couldn't parse the specified URI.");
  }
}

// Decoded query parameters, repeated names as arrays (the signer's own query shape).
function parseQuery(rawQuery) {
  const query = {};
  if (!rawQuery) return query;
  for (const pair of rawQuery.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    let name;
    let value;
    try {
      name = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
      value = eq < 0 ? "" : decodeURIComponent(pair.slice(eq + 1));
    } catch {
      throw new S3Failure(400, "InvalidURI", "Couldn't parse the specified URI.");
    }
    if (Object.hasOwn(query, name)) {
      query[name] = [].concat(query[name], value);
    } else {
      query[name] = value;
    }
  }
  return query;
}

function single(query, name) {
  const value = query[name];
  if (Array.isArray(value)) {
    throw new S3Failure(400, "AuthorizationQueryParametersError", `${name} must appear once.`);
  }
  return value;
}

function parseAmzDate(text, failure) {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text ?? "");
  if (!match) throw failure;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "") !== text) throw failure;
  return date;
}

// AK/yyyymmdd/region/s3/aws4_request
function parseCredential(credential, amzDate, malformed) {
  const parts = (credential ?? "").split("/");
  if (parts.length !== 5 || parts[4] !== "aws4_request" || parts[3] !== "s3" || !parts[0]) {
    throw new S3Failure(400, malformed, `The credential '${credential}' is malformed; expecting "<AK>/<YYYYMMDD>/<REGION>/s3/aws4_request".`);
  }
  const [key, date, scopeRegion] = parts;
  if (date !== amzDate.slice(0, 8)) {
    throw new S3Failure(400, malformed, `Invalid credential date "${date}". This date is not the same as X-Amz-Date: "${amzDate.slice(0, 8)}".`);
  }
  if (scopeRegion !== region) {
    throw new S3Failure(400, malformed, `The region '${scopeRegion}' is wrong; expecting '${region}'`, { Region: region });
  }
  if (!SECRETS.has(key)) {
    throw new S3Failure(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", { AWSAccessKeyId: key });
  }
  return key;
}

function parseSignedHeaders(list, req, malformed) {
  const names = (list ?? "").split(";");
  if (!list || names.some((name) => !/^[a-z0-9-]+$/.test(name))) {
    throw new S3Failure(400, malformed, "SignedHeaders must be a ';'-separated list of lowercase header names.");
  }
  if (!names.includes("host")) {
    throw new S3Failure(403, "AccessDenied", "The host header must be signed.");
  }
  // S3 refuses x-amz-* headers that the signature does not cover.
  for (const name of Object.keys(req.headers)) {
    if (name.startsWith("x-amz-") && !names.includes(name)) {
      throw new S3Failure(403, "AccessDenied", "There were headers present in the request which were not signed", { HeadersNotSigned: name });
    }
  }
  const headers = {};
  for (const name of names) {
    const values = req.headersDistinct[name];
    if (!values) {
      throw new S3Failure(403, "AccessDenied", `The signed header ${name} is missing from the request.`);
    }
    headers[name] = values.join(",");
  }
  return { names: new Set(names), headers };
}

// A signer for one request whose canonical request and string to sign can be shown on failure.
function recordingSigner(key) {
  const signer = new SignatureV4({
    credentials: { accessKeyId: key, secretAccessKey: SECRETS.get(key) },
    region,
    service: "s3",
    sha256,
    uriEscapePath: false, // S3: the path is canonicalised once (above), never twice
    applyChecksum: false, // the client's x-amz-content-sha256 is used as it was signed
  });
  const seen = {};
  const createCanonicalRequest = signer.createCanonicalRequest.bind(signer);
  signer.createCanonicalRequest = (...args) => (seen.canonicalRequest = createCanonicalRequest(...args));
  const createStringToSign = signer.createStringToSign.bind(signer);
  signer.createStringToSign = async (...args) => (seen.stringToSign = await createStringToSign(...args));
  return { signer, seen };
}

function compareSignatures(provided, expected, key, seen) {
  const a = Buffer.from(String(provided ?? ""));
  const b = Buffer.from(expected);
  if (a.length === b.length && crypto.timingSafeEqual(a, b)) return;
  console.error(`s3-server: signature mismatch for ${key}\n--- canonical request (server) ---\n` +
    `${seen.canonicalRequest}\n--- string to sign (server) ---\n${seen.stringToSign}\n---`);
  throw new S3Failure(403, "SignatureDoesNotMatch",
    "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
    { AWSAccessKeyId: key, StringToSign: seen.stringToSign, SignatureProvided: provided,
      CanonicalRequest: seen.canonicalRequest });
}

function baseRequest(req, path, query, headers) {
  const hostHeader = req.headers.host ?? "";
  const colon = hostHeader.lastIndexOf(":");
  return {
    method: req.method,
    protocol: "http:",
    hostname: colon > 0 && !hostHeader.endsWith("]") ? hostHeader.slice(0, colon) : hostHeader,
    path,
    query,
    headers,
  };
}

async function verifyHeaderSigned(req, path, query) {
  const match = /^AWS4-HMAC-SHA256\s+Credential=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-f]{64})\s*$/
    .exec(req.headers.authorization);
  if (!match) {
    if (!req.headers.authorization.startsWith("AWS4-HMAC-SHA256")) {
      throw new S3Failure(400, "InvalidArgument", "Unsupported Authorization Type", { ArgumentName: "Authorization" });
    }
    throw new S3Failure(400, "AuthorizationHeaderMalformed",
      "The authorization header is malformed; it needs Credential, SignedHeaders and Signature.");
  }
  const [, credential, signedHeaderList, signature] = match;
  const amzDate = req.headers["x-amz-date"];
  const signingDate = parseAmzDate(amzDate,
    new S3Failure(403, "AccessDenied", "AWS authentication requires a valid x-amz-date header (yyyyMMdd'T'HHmmss'Z')"));
  const key = parseCredential(credential, amzDate, "AuthorizationHeaderMalformed");
  if (Math.abs(Date.now() - signingDate.getTime()) > MAX_SKEW_MS) {
    throw new S3Failure(403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large.",
      { RequestTime: amzDate, ServerTime: new Date().toISOString() });
  }
  const payloadHash = req.headers["x-amz-content-sha256"];
  if (!payloadHash) {
    throw new S3Failure(400, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256");
  }
  if (payloadHash.startsWith("STREAMING-")) {
    throw new S3Failure(501, "NotImplemented", "Chunked (STREAMING-*) payload signing is not supported by this test server.");
  }
  if (payloadHash !== UNSIGNED_PAYLOAD && !/^[0-9a-f]{64}$/.test(payloadHash)) {
    throw new S3Failure(400, "InvalidArgument", "x-amz-content-sha256 must be UNSIGNED-PAYLOAD or a valid sha256 value.");
  }
  const signed = parseSignedHeaders(signedHeaderList, req, "AuthorizationHeaderMalformed");
  const { signer, seen } = recordingSigner(key);
  const resigned = await signer.sign(baseRequest(req, path, query, signed.headers), {
    signingDate,
    signableHeaders: signed.names,
  });
  const expected = /Signature=([0-9a-f]{64})$/.exec(resigned.headers.authorization)[1];
  compareSignatures(signature, expected, key, seen);
}

async function verifyPresigned(req, path, query) {
  const malformed = "AuthorizationQueryParametersError";
  if (single(query, "X-Amz-Algorithm") !== "AWS4-HMAC-SHA256") {
    throw new S3Failure(400, malformed, 'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
  }
  for (const name of ["X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature"]) {
    if (single(query, name) === undefined) {
      throw new S3Failure(400, malformed, "Query-string authentication version 4 requires the X-Amz-Algorithm, " +
        "X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
    }
  }
  const amzDate = query["X-Amz-Date"];
  const signingDate = parseAmzDate(amzDate,
    new S3Failure(400, malformed, "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\""));
  const expiresText = query["X-Amz-Expires"];
  const expiresIn = Number(expiresText);
  if (!/^\d+$/.test(expiresText) || expiresIn < 1 || expiresIn > MAX_PRESIGNED_TTL) {
    throw new S3Failure(400, malformed, "X-Amz-Expires must be between 1 and 604800 seconds.");
  }
  const key = parseCredential(query["X-Amz-Credential"], amzDate, malformed);
  const now = Date.now();
  if (now > signingDate.getTime() + expiresIn * 1000) {
    throw new S3Failure(403, "AccessDenied", "Request has expired",
      { "X-Amz-Expires": expiresText, Expires: new Date(signingDate.getTime() + expiresIn * 1000).toISOString(),
        ServerTime: new Date(now).toISOString() });
  }
  if (signingDate.getTime() > now + MAX_SKEW_MS) {
    throw new S3Failure(403, "AccessDenied", "Request is not valid yet");
  }
  const signed = parseSignedHeaders(query["X-Amz-SignedHeaders"], req, malformed);
  // Presigned requests carry no payload hash: it is UNSIGNED-PAYLOAD, handed to the signer as the
  // x-amz-content-sha256 header that it neither signs nor moves into the query.
  const headers = { ...signed.headers };
  if (!signed.names.has("x-amz-content-sha256")) headers["x-amz-content-sha256"] = UNSIGNED_PAYLOAD;
  const unsignable = new Set(["x-amz-content-sha256"]);
  const { "X-Amz-Signature": signature, ...unsignedQuery } = query;
  const { signer, seen } = recordingSigner(key);
  const presigned = await signer.presign(baseRequest(req, path, unsignedQuery, headers), {
    signingDate,
    expiresIn,
    signableHeaders: signed.names,
    unsignableHeaders: unsignable,
    unhoistableHeaders: new Set(Object.keys(headers)), // signed headers stay headers, as the client sent them
  });
  compareSignatures(signature, presigned.query["X-Amz-Signature"], key, seen);
}

// Throws an S3Failure unless the request is properly signed (or is the health probe).
async function authenticate(req) {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const rawPath = q < 0 ? url : url.slice(0, q);
  const rawQuery = q < 0 ? "" : url.slice(q + 1);
  const query = parseQuery(rawQuery);
  const byHeader = req.headers.authorization !== undefined;
  const byQuery = query["X-Amz-Algorithm"] !== undefined;
  if (byHeader && byQuery) {
    throw new S3Failure(400, "InvalidArgument", "Only one auth mechanism allowed; only the X-Amz-Algorithm query " +
      "parameter or the Authorization header should be specified", { ArgumentName: "Authorization" });
  }
  if (!byHeader && !byQuery) {
    if ((req.method === "GET" || req.method === "HEAD") && url === "/") return "health";
    throw new S3Failure(403, "AccessDenied", "Access Denied: the request is not signed.");
  }
  if (!rawPath.startsWith("/")) throw new S3Failure(400, "InvalidURI", "Couldn't parse the specified URI.");
  const path = canonicalPath(rawPath);
  if (byHeader) await verifyHeaderSigned(req, path, query);
  else await verifyPresigned(req, path, query);
  return "signed";
}

// s3rver keeps its own (V2-only) account registry: it must know our key, and only ours.
AWSAccount.DUMMY_ACCOUNT.revokeAccessKey("S3RVER");
for (const [key, value] of SECRETS) AWSAccount.DUMMY_ACCOUNT.createKeyPair(key, value);

const s3rver = new S3rver({ directory, silent: true, configureBuckets: [{ name: bucket }], vhostBuckets: false });
await s3rver.configureBuckets();
const s3 = s3rver.callback();

async function handle(req, res, expectsContinue) {
  let outcome;
  try {
    outcome = await authenticate(req);
  } catch (error) {
    if (!(error instanceof S3Failure)) {
      console.error("s3-server: verifier error:", error);
      error = new S3Failure(500, "InternalError", "We encountered an internal error. Please try again.");
    }
    if (expectsContinue) res.shouldKeepAlive = false; // refuse without reading the body
    return sendError(res, error);
  }
  if (outcome === "health") {
    res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": 3 });
    return res.end("ok\n");
  }
  if (expectsContinue) res.writeContinue();
  s3(req, res); // the body has not been touched: s3rver reads it straight from the socket
}

const server = http.createServer((req, res) => handle(req, res, false));
server.on("checkContinue", (req, res) => handle(req, res, true));
server.on("error", (error) => {
  console.error("s3-server:", error.message);
  process.exit(1);
});
server.listen(Number(portArg), "127.0.0.1", () => console.log(`s3-server listening on ${portArg}`));
