// Idle event streams: opens COUNT streams of one optimization that stays queued (no worker
// runs it), holds them, and reports how many are open. Node's http keeps one socket per stream.
// Usage: node bench/streams.mjs setup BASE DATA_DIR RESUME_FILE OUT_JSON
//        node bench/streams.mjs open BASE IDS_JSON COUNT SIGNAL_DIR
// `open` writes SIGNAL_DIR/open once every stream is open, and closes them when SIGNAL_DIR/stop
// appears.
import fs from "node:fs";
import http from "node:http";

import { client, parsedResume, sleep, verifiedAccount } from "./account.mjs";

const [mode, base, ...rest] = process.argv.slice(2);

if (mode === "setup") {
  const [dataDir, resumeFile, out] = rest;
  const { post, get } = client(base);
  const token = await verifiedAccount(base, dataDir, "streams");
  const resumeId = await parsedResume(base, token, resumeFile);
  const job = await post("/api/v1/job-descriptions", { title: "Backend Engineer", text: "Backend Engineer\nRequirements\n- Go and PostgreSQL\n" }, token);
  for (let i = 0; i < 500 && !["completed", "failed"].includes((await get(`/api/v1/job-descriptions/${job.body.id}`, token)).parseStatus); i++) await sleep(20);
  fs.writeFileSync(out, JSON.stringify({ token, resumeId, jobId: job.body.id }));
} else if (mode === "open") {
  const [idsFile, countArg, signalDir] = rest;
  const { token, resumeId, jobId } = JSON.parse(fs.readFileSync(idsFile, "utf8"));
  const { post } = client(base);
  const started = await post("/api/v1/optimize", { resumeId, jobDescriptionId: jobId }, token);
  const id = started.body.optimizationId;
  const count = Number(countArg);
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const url = new URL(`${base}/api/v1/optimize/${id}/events`);
  let open = 0;
  let failed = 0;
  const requests = [];
  const openOne = () =>
    new Promise((resolve) => {
      const request = http.get({ hostname: url.hostname, port: url.port, path: url.pathname, agent, headers: { Authorization: `Bearer ${token}`, Accept: "text/event-stream" } }, (response) => {
        if (response.statusCode === 200) open++;
        else failed++;
        response.on("data", () => {});
        resolve();
      });
      request.on("error", () => {
        failed++;
        resolve();
      });
      requests.push(request);
    });
  for (let i = 0; i < count; i += 500) {
    await Promise.all(Array.from({ length: Math.min(500, count - i) }, openOne));
  }
  console.log(`streams open: ${open}   refused: ${failed}`);
  // The caller measures the server while the streams are idle.
  fs.writeFileSync(`${signalDir}/open`, String(open));
  while (!fs.existsSync(`${signalDir}/stop`)) await sleep(200);
  for (const request of requests) request.destroy();
  agent.destroy();
}
