import "server-only";
import { refresh } from "next/cache";
import { NextResponse } from "next/server";
import { z } from "zod";
import type { Role } from "@/db/schema";
import { currentStaff, hasRole, type Staff } from "./staff";

/** What every form action answers; the form shows `fieldErrors` beside the fields and refills `values`. */
export type FormState =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: Record<string, string>; refused?: boolean };

export const idle: FormState = { status: "idle" };

type Handler<S extends z.ZodType> = (input: z.infer<S>, staff: Staff) => Promise<FormState> | FormState;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

/** The entered values to refill a form with, never a password. */
function echo(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

export function refusal(staff: Staff | null): FormState {
  return {
    status: "error",
    refused: true,
    message: staff ? "Your role does not allow this." : "Your session has ended. Sign in again to continue.",
    fieldErrors: {},
    values: {},
  };
}

export function fieldError(values: Record<string, string>, field: string, message: string): FormState {
  return { status: "error", message, fieldErrors: { [field]: message }, values: echo(values) };
}

/** A change a query refused, naming the field at fault when one is (the last admin, an address in use). */
export type Refused = { ok: false; field?: string; message: string };

/** A query's answer as the form's: a refusal as its error, beside the field it names; success refreshes the page. */
export function answerChange(result: { ok: true } | Refused, success: string, values: Record<string, string> = {}): FormState {
  if (!result.ok) return result.field ? fieldError(values, result.field, result.message) : { status: "error", message: result.message, fieldErrors: {}, values: echo(values) };
  refresh();
  return { status: "success", message: success };
}

/**
 * Wraps a form action: re-reads the signed-in user and session from the database, checks the role, validates
 * the form with zod, and only then runs the handler. No action can skip a step.
 */
function guardedAction<S extends z.ZodType>(role: Role, schema: S, handler: Handler<S>) {
  return async (_previous: FormState | undefined, formData: FormData): Promise<FormState> => {
    const staff = await currentStaff();
    if (!staff || !hasRole(staff, role)) return refusal(staff);
    const values = formValues(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
      return { status: "error", message: "Please correct the fields marked below.", fieldErrors, values: echo(values) };
    }
    return handler(parsed.data, staff);
  };
}

export function editorAction<S extends z.ZodType>(schema: S, handler: Handler<S>) {
  return guardedAction("editor", schema, handler);
}

export function adminAction<S extends z.ZodType>(schema: S, handler: Handler<S>) {
  return guardedAction("admin", schema, handler);
}

type RouteHandler<C> = (request: Request, staff: Staff, context: C) => Promise<Response> | Response;

/**
 * Whether a browser sent the request from a page of another origin. Browsers name the page's origin on every POST
 * made by a form or a script; Server Actions are checked the same way by Next. The session cookie's SameSite=Lax
 * already keeps other sites out, but not other origins of the same site (another port, another subdomain).
 */
function fromAnotherOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null || request.method === "GET" || request.method === "HEAD") return false;
  const host = (() => {
    try {
      return new URL(origin).host;
    } catch {
      return null;
    }
  })();
  // An opaque origin ("null": a sandboxed frame, a file) is another origin too.
  if (host === null) return true;
  return host !== request.headers.get("x-forwarded-host") && host !== request.headers.get("host") && host !== new URL(request.url).host;
}

/** The same guard for route handlers: 401 when signed out, 403 for a role below `role` or a write from another origin. */
function guardedRoute<C>(role: Role, handler: RouteHandler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    if (fromAnotherOrigin(request)) return NextResponse.json({ error: "This request came from another site." }, { status: 403, headers: { "Cache-Control": "no-store" } });
    const staff = await currentStaff();
    if (!staff) return NextResponse.json({ error: "Sign in to continue." }, { status: 401, headers: { "Cache-Control": "no-store" } });
    if (!hasRole(staff, role)) return NextResponse.json({ error: "Your role does not allow this." }, { status: 403, headers: { "Cache-Control": "no-store" } });
    return handler(request, staff, context);
  };
}

export function editorRoute<C>(handler: RouteHandler<C>) {
  return guardedRoute("editor", handler);
}

export function adminRoute<C>(handler: RouteHandler<C>) {
  return guardedRoute("admin", handler);
}
