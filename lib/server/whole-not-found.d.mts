import type { IncomingMessage, ServerResponse } from "node:http";

export declare const unmatchedPath: string;
export declare function keepNotFoundWhole(request: IncomingMessage, response: ServerResponse, port: number, waitMs?: number): void;
