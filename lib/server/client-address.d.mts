import type { IncomingMessage } from "node:http";
export declare function setClientAddress(request: IncomingMessage): void;
