/**
 * npm run editor -- add NAME
 *
 * Creates an editor account. The password is asked for twice (not echoed) on a terminal, or read
 * from the first line of standard input otherwise; there is no default password.
 */
import readline from "node:readline";
import { passwordProblem } from "../lib/auth/password";
import { CliError, runCli } from "./cli";

async function askHidden(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
  let asking = true;
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => write(asking ? (s.startsWith(question) ? question : "") : s);
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  asking = false;
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await askHidden("Password (12 characters or more): ");
    const second = await askHidden("Same password again: ");
    if (first !== second) throw new CliError(["The two passwords differ; nothing was created."]);
    return first;
  }
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  return input.split(/\r?\n/)[0] ?? "";
}

await runCli(async (db) => {
  const [command, name] = process.argv.slice(2);
  if (command !== "add" || !name) throw new CliError(["usage: npm run editor -- add NAME"]);
  if (!/^[A-Za-z0-9._-]{2,40}$/.test(name)) throw new CliError([`"${name}": use 2 to 40 letters, digits, dots, hyphens or underscores.`]);
  const taken = () => new CliError([`An editor named ${name} exists already.`]);
  const { createEditor, editorExists } = await import("../lib/db/editors");
  if (await editorExists(db, name)) throw taken();
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) throw new CliError([`The password must have ${problem}; nothing was created.`]);
  if (!(await createEditor(db, name, password))) throw taken();
  console.log(`Editor ${name} created. Sign in at /en/editor.`);
});
