// Optimize round trip against a running server: POST /optimize → completed, N times.
// Usage: node bench/optimize.mjs BASE_URL DATA_DIR RESUME_FILE RUNS
import { client, parsedResume, sleep, verifiedAccount } from "./account.mjs";

const [base, dataDir, resumeFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 20);
const { post, get } = client(base);
const token = await verifiedAccount(base, dataDir, "optimize");

const resumeId = await parsedResume(base, token, resumeFile);
const job = await post("/api/v1/job-descriptions", {
  title: "Senior Backend Engineer",
  text: "Senior Backend Engineer\nRequirements\n- 5+ years building services in Go or Python\n- PostgreSQL, Docker and Kubernetes\n- Clear communication\nNice to have\n- Terraform, AWS\n",
}, token);

const times = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const { body } = await post("/api/v1/optimize", { resumeId, jobDescriptionId: job.body.id, strategy: "balanced" }, token);
  let status = body.status;
  while (status !== "completed" && status !== "failed") {
    await sleep(5);
    status = (await get(`/api/v1/optimize/${body.optimizationId}`, token)).status;
  }
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(`optimize round trip (local engine), ${runs} runs: p50 ${at(0.5)} ms   p90 ${at(0.9)} ms   max ${times[times.length - 1].toFixed(1)} ms`);
