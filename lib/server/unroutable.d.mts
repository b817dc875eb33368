import type { IncomingMessage, ServerResponse } from "node:http";

export declare function appFirstSegments(dir: string): Set<string> | null;
export type SlugFolder = { folder: string; known: Set<string>; mayBe: (slug: string) => boolean };
export declare function slugFolderSegments(dir: string, folder: string): Set<string> | null;
export declare function isUnknownSlug(method: string | undefined, url: string, slugFolder: SlugFolder): boolean;
export declare function isUnroutable(method: string | undefined, url: string, known: Set<string>, mayBePage: (slug: string) => boolean): boolean;
export declare function createUnroutableAnswer(options: {
  port: number;
  known: Set<string>;
  mayBePage: (slug: string) => boolean;
  slugFolders?: SlugFolder[];
  version: () => number;
  now?: () => number;
}): (request: IncomingMessage, response: ServerResponse, fallback: () => void) => boolean;
