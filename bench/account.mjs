// What the benchmarks share: JSON requests against a running server, and a verified account
// (registered, its verification mail read from the outbox the server writes under DATA_DIR).
import fs from "node:fs";
import path from "node:path";

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function client(base) {
  const headers = (token, extra = {}) => ({ "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}), ...extra });
  const post = async (url, body, token) => {
    const response = await fetch(base + url, { method: "POST", headers: headers(token), body: JSON.stringify(body) });
    return { status: response.status, body: await response.json().catch(() => ({})) };
  };
  const get = async (url, token) => (await fetch(base + url, { headers: headers(token) })).json();
  return { headers, post, get };
}

export async function verifiedAccount(base, dataDir, tag) {
  const { post } = client(base);
  const email = `bench-${tag}-${Date.now()}@example.com`;
  const token = (await post("/api/v1/auth/register", { email, password: "Bench marks are honest 2026", name: "Bench" })).body.accessToken;
  const outbox = path.join(dataDir, "outbox");
  // Mail leaves through the job queue: wait for it.
  let mail;
  for (let i = 0; i < 200 && !mail; i++) {
    mail = fs.existsSync(outbox) && fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), "utf8")).find((m) => m.includes(email));
    if (!mail) await sleep(25);
  }
  await post("/api/v1/auth/verify", { token: mail.match(/token=([\w-]+)/)[1] });
  return token;
}

// Uploads RESUME_FILE (a PDF) through presign and PUT, parses it and waits; its id.
export async function parsedResume(base, token, resumeFile) {
  const { post, get } = client(base);
  const bytes = fs.readFileSync(resumeFile);
  const presigned = await post("/api/v1/resumes/presign", { filename: "cv.pdf", mimeType: "application/pdf", size: bytes.length }, token);
  await fetch(presigned.body.uploadUrl, { method: "PUT", headers: { "Content-Type": "application/pdf" }, body: bytes });
  const resumeId = presigned.body.resumeId;
  await post(`/api/v1/resumes/${resumeId}/parse`, {}, token);
  for (let i = 0; i < 500 && (await get(`/api/v1/resumes/${resumeId}`, token)).parseStatus !== "completed"; i++) await sleep(20);
  return resumeId;
}
