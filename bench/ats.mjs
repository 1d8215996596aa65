// The ATS report against a running server: a two-page PDF (resuMAX's own export of a generated
// resume) uploaded and parsed, then GET /resumes/{id}/ats-report sequentially N times: the file
// read again in the parser's sandbox, its findings, its fields checked and its pages drawn.
// Usage: node bench/ats.mjs BASE_URL DATA_DIR RUNS
import { client, sleep, verifiedAccount } from "./account.mjs";

const [base, dataDir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 20);
const { headers, post } = client(base);
const token = await verifiedAccount(base, dataDir, "ats");

async function upload(name, mimeType, bytes) {
  const presigned = await post("/api/v1/resumes/presign", { filename: name, mimeType, size: bytes.length }, token);
  await fetch(presigned.body.uploadUrl, { method: "PUT", headers: { "Content-Type": mimeType }, body: bytes });
  const id = presigned.body.resumeId;
  await post(`/api/v1/resumes/${id}/parse`, {}, token);
  for (let i = 0; i < 500; i++) {
    const current = await (await fetch(`${base}/api/v1/resumes/${id}`, { headers: headers(token) })).json();
    if (current.parseStatus === "completed") return id;
    if (current.parseStatus === "failed") throw new Error(`parse failed: ${JSON.stringify(current.parseError)}`);
    await sleep(20);
  }
  throw new Error("parse did not finish");
}

const pagesOf = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;

// A resume long enough for two pages, exported as a PDF by resuMAX itself.
let pdf;
for (let jobs = 4; jobs <= 12; jobs++) {
  const resume = {
    basics: { name: "Bench Marker", label: "Operations Manager", email: "bench@example.org", phone: "+1 555 0100", location: { city: "Austin", region: "Texas" } },
    work: Array.from({ length: jobs }, (_, i) => ({ name: `Employer ${i + 1} Inc.`, position: `Operations Lead ${i + 1}`, startDate: `${2000 + 2 * i}-03`, endDate: `${2002 + 2 * i}-02`, highlights: Array.from({ length: 5 }, (_, j) => `Led workstream ${i}.${j}, cutting turnaround by ${10 + j}% across ${3 + i} sites`) })),
    education: [{ institution: "University of Texas", studyType: "BBA", startDate: "1996", endDate: "2000" }],
    skills: [{ name: "Operations", keywords: ["Lean", "Six Sigma", "SAP", "Excel"] }],
  };
  const id = await upload("bench.json", "application/json", Buffer.from(JSON.stringify(resume)));
  const created = await post("/api/v1/exports", { resumeId: id, format: "pdf" }, token);
  const file = Buffer.from(await (await fetch(created.body.downloadUrl.startsWith("http") ? created.body.downloadUrl : base + created.body.downloadUrl)).arrayBuffer());
  if (pagesOf(file) >= 2) {
    pdf = file;
    break;
  }
}
if (!pdf) throw new Error("could not make a two-page PDF");
const id = await upload("Bench-Marker-Resume.pdf", "application/pdf", pdf);

const times = [];
let report;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/resumes/${id}/ats-report`, { headers: headers(token) });
  report = await response.json();
  times.push(performance.now() - started);
  if (response.status !== 200) throw new Error(`report ${i}: ${response.status} ${JSON.stringify(report)}`);
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(`a ${pagesOf(pdf)}-page PDF (${(pdf.length / 1024).toFixed(0)} KiB), ${report.pages.length} page pictures, ${report.fieldsOk}/${report.fieldsTotal} fields read back, score ${report.score}, ${runs} runs`);
console.log(`GET /resumes/{id}/ats-report: p50 ${at(0.5).toFixed(1)} ms   p99 ${at(0.99).toFixed(1)} ms   max ${times[times.length - 1].toFixed(1)} ms`);
