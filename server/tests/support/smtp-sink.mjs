// An SMTP relay for the tests: requires STARTTLS and AUTH (PLAIN/LOGIN) and stores each message
// it accepts as <dir>/<n>.eml. Usage: node smtp-sink.mjs PORT DIR KEY CERT USER PASSWORD
import { SMTPServer } from "smtp-server";
import fs from "node:fs";
import path from "node:path";

const [port, dir, keyFile, certFile, user, password] = process.argv.slice(2);
fs.mkdirSync(dir, { recursive: true });
let count = 0;

const server = new SMTPServer({
  secure: false,
  key: fs.readFileSync(keyFile),
  cert: fs.readFileSync(certFile),
  authMethods: ["PLAIN", "LOGIN"],
  authOptional: false,
  allowInsecureAuth: false,
  size: 1024 * 1024,
  onAuth(auth, session, callback) {
    if (!session.secure) return callback(new Error("STARTTLS first"));
    if (auth.username === user && auth.password === password) return callback(null, { user });
    return callback(new Error("Invalid username or password"));
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      const envelope = `X-Envelope-From: ${session.envelope.mailFrom.address}\r\n` +
        `X-Envelope-To: ${session.envelope.rcptTo.map((r) => r.address).join(",")}\r\n`;
      const file = path.join(dir, `${++count}.eml`);
      fs.writeFileSync(file + ".tmp", envelope + Buffer.concat(chunks).toString("utf8"));
      fs.renameSync(file + ".tmp", file);
      callback();
    });
  },
});
server.on("error", (error) => console.error("smtp-sink:", error.message));
server.listen(Number(port), "127.0.0.1", () => console.log(`smtp-sink listening on ${port}`));
