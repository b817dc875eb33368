import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

export declare const unmatchedPath: string;
export declare function fetchWholePage(
  port: number,
  request: { headers: Record<string, string | string[] | undefined> },
  waitMs?: number,
): Promise<{ status: number; encoding: string; headers: IncomingHttpHeaders; body: Buffer } | null>;
export declare function keepNotFoundWhole(request: IncomingMessage, response: ServerResponse, port: number, waitMs?: number): void;
