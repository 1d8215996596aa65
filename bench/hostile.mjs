// Hostile uploads against a running release server (make bench):
//   A. one user uploads three documents made to exhaust the parser (nested forms, a million
//      words on one page, a DOCX header of 90,000 lines) while another user uploads a normal
//      resume: how long each hostile parse takes to end, how it ends, and how long the other
//      user's resume takes to be read;
//   B. four users each upload a hostile job-description file; meanwhile a fifth signs in.
// Prints the server's peak resident size (VmHWM) at the end.
// Usage: node bench/hostile.mjs BASE_URL DATA_DIR SERVER_PID DOCUMENT_DIR RESUME_PDF
import fs from "node:fs";
import path from "node:path";

const [base, dataDir, serverPid, documentDir, resumeFile] = process.argv.slice(2);
const password = "Bench marks are honest 2026";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const headers = (token) => ({ "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) });
const post = async (url, body, token) => {
  const response = await fetch(base + url, { method: "POST", headers: headers(token), body: JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => ({})) };
};
const get = async (url, token) => (await fetch(base + url, { headers: headers(token) })).json();
const mib = (field) => {
  const line = fs.readFileSync(`/proc/${serverPid}/status`, "utf8").split("\n").find((l) => l.startsWith(field));
  return (Number(line.split(/\s+/)[1]) / 1024).toFixed(0);
};

async function verifiedUser(tag) {
  const email = `bench-${tag}-${Date.now()}@example.com`;
  const registered = await post("/api/v1/auth/register", { email, password, name: tag });
  const outbox = path.join(dataDir, "outbox");
  let mail;
  for (let i = 0; i < 200 && !mail; i++) {
    mail = fs.existsSync(outbox) && fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), "utf8")).find((m) => m.includes(email));
    if (!mail) await sleep(25);
  }
  await post("/api/v1/auth/verify", { token: mail.replace(/=\r?\n/g, "").match(/token=([\w-]+)/)[1] });
  return { email, token: registered.body.accessToken };
}

async function upload(route, token, file, mimeType) {
  const bytes = fs.readFileSync(file);
  const ticket = await post(`${route}/presign`, { filename: path.basename(file), mimeType, size: bytes.length }, token);
  await fetch(ticket.body.uploadUrl, { method: "PUT", headers: { "Content-Type": mimeType }, body: bytes });
  const id = ticket.body.resumeId || ticket.body.jobDescriptionId;
  await post(`${route}/${id}/parse`, {}, token);
  return id;
}

async function finished(route, id, token) {
  for (;;) {
    const body = await get(`${route}/${id}`, token);
    if (body.parseStatus === "completed" || body.parseStatus === "failed") return body;
    await sleep(50);
  }
}

const pdf = "application/pdf";
const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const hostile = [
  ["nested form XObjects", "forms.pdf", pdf],
  ["a million words on one page", "words.pdf", pdf],
  ["a DOCX header of 90,000 lines", "header.docx", docx],
];

const attacker = await verifiedUser("attacker");
const bystander = await verifiedUser("bystander");
const started = performance.now();
const ids = [];
for (const [, file, type] of hostile) ids.push(await upload("/api/v1/resumes", attacker.token, path.join(documentDir, file), type));
const normalStart = performance.now();
const normal = await upload("/api/v1/resumes", bystander.token, resumeFile, pdf);
const normalDone = await finished("/api/v1/resumes", normal, bystander.token);
console.log(`another user's resume, uploaded meanwhile: ${normalDone.parseStatus} in ${((performance.now() - normalStart) / 1000).toFixed(2)} s`);
for (let i = 0; i < hostile.length; i++) {
  const done = await finished("/api/v1/resumes", ids[i], attacker.token);
  const size = fs.statSync(path.join(documentDir, hostile[i][1])).size;
  console.log(`${hostile[i][0]} (${(size / 1024).toFixed(0)} KB): ${done.parseStatus}${done.parseError ? " " + done.parseError.code : ""}, ended ${((performance.now() - started) / 1000).toFixed(1)} s after the first upload`);
}

const signer = await verifiedUser("signer");
const attackers = await Promise.all([1, 2, 3, 4].map((i) => verifiedUser(`jd-attacker-${i}`)));
const jobIds = await Promise.all(attackers.map((a) => upload("/api/v1/job-descriptions", a.token, path.join(documentDir, "forms.pdf"), pdf)));
await sleep(300);
const logins = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  const response = await post("/api/v1/auth/login", { email: signer.email, password });
  logins.push(performance.now() - t);
  if (response.status !== 200) console.log(`login answered ${response.status}`);
}
logins.sort((a, b) => a - b);
console.log(`login while four hostile job-description files are read (two workers): p50 ${logins[5].toFixed(0)} ms, max ${logins[9].toFixed(0)} ms`);
await Promise.all(jobIds.map((id, i) => finished("/api/v1/job-descriptions", id, attackers[i].token)));
console.log(`resumax serve RSS now ${mib("VmRSS")} MB, peak ${mib("VmHWM")} MB over the whole bench`);
