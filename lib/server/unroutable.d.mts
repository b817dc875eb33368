import type { IncomingMessage, ServerResponse } from "node:http";

export declare function appFirstSegments(dir: string): Set<string> | null;
export declare function articleSegments(dir: string): Set<string> | null;
export declare function isUnknownArticle(method: string | undefined, url: string, known: Set<string>, mayBeArticle: (slug: string) => boolean): boolean;
export declare function isUnroutable(method: string | undefined, url: string, known: Set<string>, mayBePage: (slug: string) => boolean): boolean;
export declare function createUnroutableAnswer(options: {
  port: number;
  known: Set<string>;
  mayBePage: (slug: string) => boolean;
  articles?: { known: Set<string>; mayBeArticle: (slug: string) => boolean };
  version: () => number;
  now?: () => number;
}): (request: IncomingMessage, response: ServerResponse, fallback: () => void) => boolean;
