import type { DemoAccount } from "@/db/seed/demo";

/** Prints the demo sign-in accounts; their passwords are random and shown only this once. */
export function printAccounts(accounts: DemoAccount[]): void {
  console.log("\nDemo content created. Sign-in accounts (these passwords are shown only now):");
  for (const a of accounts) console.log(`  ${a.role.padEnd(6)}  ${a.email}  ${a.password}`);
  console.log("");
}
