import { parseArgs } from "node:util";
import { z } from "zod";
import { getDb, migrateDatabase } from "@/db/client";
import { createUser, setDisabled, setPassword, setRole, type UserChange } from "@/db/queries/user-admin";
import { findUserByLoginEmail } from "@/db/queries/users";
import { emailField, nameField, newUserSchema, passwordField, roleField } from "@/lib/validation/user";
import { readPassword } from "./read-password";

const usage = `Manage staff accounts.

  npm run user -- create --email E --name N --role editor|admin
  npm run user -- set-role --email E --role editor|admin
  npm run user -- disable --email E
  npm run user -- enable --email E
  npm run user -- reset-password --email E

Passwords are asked for at a hidden prompt, or read from standard input when it is not a terminal.`;

const actor = { label: "command line" };

class UsageError extends Error {}

function valid<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`${what}: ${parsed.error.issues[0].message}`);
  return parsed.data;
}

function existingUser(email: string | undefined) {
  const address = valid(emailField, email ?? "", "--email");
  const user = findUserByLoginEmail(address);
  if (!user) throw new UsageError(`No account has the email ${address}.`);
  return user;
}

async function run(command: string | undefined, options: Record<string, string | undefined>): Promise<string> {
  const outcome = (change: UserChange, done: string) => {
    if (!change.ok) throw new UsageError(change.message);
    return done;
  };
  switch (command) {
    case "create": {
      const fields = { email: valid(emailField, options.email ?? "", "--email"), name: valid(nameField, options.name ?? "", "--name"), role: valid(roleField, options.role ?? "", "--role") };
      const password = valid(passwordField, await readPassword("Password for the new account: "), "password");
      const input = newUserSchema.parse({ ...fields, password });
      return outcome(await createUser(input, actor), `Created ${input.role} ${input.name} <${input.email}>.`);
    }
    case "set-role": {
      const user = existingUser(options.email);
      const role = valid(roleField, options.role ?? "", "--role");
      return outcome(setRole(user.id, role, actor), `${user.loginEmail} is now ${role}.`);
    }
    case "disable":
    case "enable": {
      const user = existingUser(options.email);
      return outcome(setDisabled(user.id, command === "disable", actor), `${user.loginEmail} is ${command}d.`);
    }
    case "reset-password": {
      const user = existingUser(options.email);
      const password = valid(passwordField, await readPassword(`New password for ${user.loginEmail}: `), "password");
      return outcome(await setPassword(user.id, password, actor), `Password of ${user.loginEmail} changed; their sessions are ended.`);
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}".\n\n${usage}` : usage);
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help) return console.log(usage);
  migrateDatabase(getDb());
  console.log(await run(positionals[0], values as Record<string, string | undefined>));
}

main().catch((error) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
