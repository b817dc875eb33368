import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { authors } from "@/db/schema";
import { authorizationTable, type Access } from "@/lib/auth/authorization-table";
import { snapshot } from "@/lib/testing/db-snapshot";
import { makeAuthor } from "@/lib/testing/fixtures";
import { signInAs, signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { recipes } from "@/lib/testing/authorization-recipes";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
// Outside a running Next server there is no request scope for connection() to wait on.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "authorization-test-secret";


/** Every Server Action ("use server" files) and route handler export in app/, as "file#export". */
function entryPointsInCode(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.includes(".test.")) {
        const source = fs.readFileSync(file, "utf8");
        const names = new Set<string>();
        if (/^\s*["']use server["']/.test(source)) {
          for (const m of source.matchAll(/^export\s+(?:async\s+)?(?:const|function)\s+(\w+)/gm)) names.add(m[1]);
        }
        if (/^route\.tsx?$/.test(entry.name)) {
          for (const m of source.matchAll(/^export\s+(?:async\s+)?(?:const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm)) names.add(m[1]);
          for (const m of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
            for (const part of m[1].split(",")) {
              const alias = part.trim().split(/\s+as\s+/).pop();
              if (alias && /^(GET|POST|PUT|PATCH|DELETE)$/.test(alias)) names.add(alias);
            }
          }
        }
        for (const name of names) found.push(`${file}#${name}`);
      }
    }
  };
  walk("app");
  return found.sort();
}

type Principal = "signed out" | "editor" | "admin" | "disabled admin";
const principals: Principal[] = ["signed out", "editor", "admin", "disabled admin"];

const allowedFor: Record<Access, Principal[]> = {
  everyone: principals,
  staff: ["editor", "admin"],
  admin: ["admin"],
};

async function becomePrincipal(principal: Principal): Promise<void> {
  signOut();
  if (principal === "signed out") return;
  const author = makeAuthor();
  getDb()
    .update(authors)
    .set({ role: principal === "editor" ? "editor" : "admin", disabled: principal === "disabled admin" })
    .where(eq(authors.id, author.id))
    .run();
  await signInAs(author.id);
}

/** Whether the call was let through: a refusal is a 401/403 answer, a refused form state, or an empty preview. */
async function wasAllowed(call: () => Promise<unknown>): Promise<boolean> {
  try {
    const result = await call();
    if (result instanceof Response) return result.status !== 401 && result.status !== 403;
    if (typeof result === "object" && result !== null && "refused" in result) return !(result as { refused?: boolean }).refused;
    if (result === "") return false;
    return true;
  } catch (error) {
    // A successful action ends with a redirect.
    if (isRedirectError(error)) return true;
    throw error;
  }
}

beforeEach(() => signOut());

describe("the authorization table", () => {
  it("lists every Server Action and route handler in the code, and nothing else", () => {
    expect(Object.keys(authorizationTable).sort()).toEqual(entryPointsInCode());
  });

  it("has a way to call each of them", () => {
    expect(Object.keys(recipes).sort()).toEqual(Object.keys(authorizationTable).sort());
  });
});

const called = Object.entries(authorizationTable).filter(([entry]) => !("coveredBy" in recipes[entry]));
const coveredElsewhere = Object.entries(authorizationTable).filter(([entry]) => "coveredBy" in recipes[entry]);

describe("entries tested through a running server", () => {
  it.each(coveredElsewhere)("%s (%s) is public and has its end-to-end test", (entry, access) => {
    const recipe = recipes[entry];
    expect(access).toBe("everyone");
    if ("coveredBy" in recipe) expect(fs.existsSync(recipe.coveredBy), recipe.coveredBy).toBe(true);
  });
});

describe.each(called)("%s (%s)", (entry, access) => {
  it.each(principals)("as %s", async (principal) => {
    const recipe = recipes[entry];
    if ("coveredBy" in recipe) throw new Error(`${entry} has no recipe to call`);
    const input = await recipe.setup();
    await becomePrincipal(principal);
    const before = snapshot();
    const allowed = await wasAllowed(() => recipe.call(input));
    const expected = allowedFor[access].includes(principal);
    expect(allowed, `${entry} as ${principal}`).toBe(expected);
    if (!expected) expect(snapshot(), `a refused call to ${entry} changed something`).toEqual(before);
  });
});
