export declare function withoutNextRuntime(html: string): string;
