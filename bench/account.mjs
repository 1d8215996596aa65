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
