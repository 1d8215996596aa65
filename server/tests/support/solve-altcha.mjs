// Solves an ALTCHA challenge (JSON from the server's GET /api/v1/auth/challenge, as argv[2]) with
// the scheme's own library, altcha-lib, and prints the payload a browser's widget would send:
// base64 of {algorithm, challenge, number, salt, signature}.
import { solveChallenge } from "altcha-lib/v1";

const challenge = JSON.parse(process.argv[2]);
const { promise } = solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber);
const solution = await promise;
if (!solution) {
  console.error("no solution within maxnumber");
  process.exit(1);
}
const payload = {
  algorithm: challenge.algorithm,
  challenge: challenge.challenge,
  number: solution.number,
  salt: challenge.salt,
  signature: challenge.signature,
};
process.stdout.write(Buffer.from(JSON.stringify(payload)).toString("base64"));
