export declare function withoutNextRuntime(html: string): string;
export declare const viewsText: (n: number) => string;
export declare function liveViewCount(db: import("better-sqlite3").Database): (html: string) => string | null;
