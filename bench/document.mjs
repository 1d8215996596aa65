// The resume document round trip against a running server: a three-page resume imported as
// JSON Resume, then GET /resumes/{id} (with the document) against GET /resumes?limit=1 (without
// it), and PUT /resumes/{id}/sections with If-Match, sequentially, N times each.
// Usage: node bench/document.mjs BASE_URL DATA_DIR RUNS
import { client, sleep, verifiedAccount } from "./account.mjs";

const [base, dataDir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 200);
const { headers, post } = client(base);
const token = await verifiedAccount(base, dataDir, "document");

// About 1,400 words: nine jobs of seven bullets, education, skills, certifications, languages.
const sentence = (i, j) => `Led the ${["intake", "billing", "scheduling", "inventory", "reporting"][j % 5]} workstream ${i}.${j}, cutting turnaround by ${10 + j}% across ${3 + i} sites and training ${5 + j} colleagues on the new process`;
const resume = {
  basics: { name: "Bench Marker", label: "Operations Manager", email: "bench@example.org", phone: "+1 555 0100", summary: "Operations manager with a record of calm, measurable improvements.", location: { city: "Austin", region: "Texas" } },
  work: Array.from({ length: 9 }, (_, i) => ({ name: `Employer ${i + 1} Inc.`, position: `Operations Lead ${i + 1}`, location: "Austin, TX", startDate: `${2005 + 2 * i}-03`, endDate: i === 8 ? undefined : `${2007 + 2 * i}-02`, highlights: Array.from({ length: 7 }, (_, j) => sentence(i, j)) })),
  education: [{ institution: "University of Texas", studyType: "BBA", area: "Operations", startDate: "2001", endDate: "2005" }],
  skills: [{ name: "Operations", keywords: ["Lean", "Six Sigma", "SAP", "Excel", "Tableau", "Scheduling"] }],
  certificates: [{ name: "PMP", issuer: "PMI", date: "2015" }],
  languages: [{ language: "Spanish", fluency: "Fluent" }],
};
const bytes = Buffer.from(JSON.stringify(resume));
const presigned = await post("/api/v1/resumes/presign", { filename: "bench.json", mimeType: "application/json", size: bytes.length }, token);
await fetch(presigned.body.uploadUrl, { method: "PUT", headers: { "Content-Type": "application/json" }, body: bytes });
const id = presigned.body.resumeId;
await post(`/api/v1/resumes/${id}/parse`, {}, token);
let current;
for (let i = 0; i < 400; i++) {
  current = await (await fetch(`${base}/api/v1/resumes/${id}`, { headers: headers(token) })).json();
  if (current.parseStatus === "completed" || current.parseStatus === "failed") break;
  await sleep(20);
}
if (current.parseStatus !== "completed") throw new Error(`import failed: ${JSON.stringify(current.parseError)}`);
const words = JSON.stringify(current.parsedSections).split(/\s+/).length;

const time = async (fn) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p99: at(0.99) };
};
const show = (label, t) => console.log(`${label}: p50 ${t.p50.toFixed(2)} ms   p99 ${t.p99.toFixed(2)} ms`);

const withDocument = await time(async () => (await fetch(`${base}/api/v1/resumes/${id}`, { headers: headers(token) })).arrayBuffer());
const withoutDocument = await time(async () => (await fetch(`${base}/api/v1/resumes?limit=1`, { headers: headers(token) })).arrayBuffer());
let revision = current.revision;
const sections = current.parsedSections;
const save = await time(async (i) => {
  sections.experience[0].bullets[0] = `Edited bullet ${i}: ${sentence(0, 0)}`;
  const response = await fetch(`${base}/api/v1/resumes/${id}/sections`, {
    method: "PUT", headers: headers(token, { "If-Match": `"${revision}"` }), body: JSON.stringify({ sections }),
  });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`save ${i}: ${response.status} ${JSON.stringify(body)}`);
  revision = body.revision;
});
console.log(`document: ${words} words, ${(JSON.stringify(sections).length / 1024).toFixed(1)} KiB as JSON, ${runs} runs each`);
show("GET /resumes/{id} (with the document)", withDocument);
show("GET /resumes?limit=1 (without it)   ", withoutDocument);
console.log(`the document adds: p50 ${(withDocument.p50 - withoutDocument.p50).toFixed(2)} ms`);
show("PUT /resumes/{id}/sections (If-Match, validate, save, read back)", save);
