export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';
/** Where log lines go; `console` is one. A missing method drops that level's lines. */
export interface Logger {
    error?(message: string): void;
    warn?(message: string): void;
    info?(message: string): void;
    debug?(message: string): void;
}
export declare const ERROR = 1;
export declare const WARN = 2;
export declare const INFO = 3;
export declare const DEBUG = 4;
export interface Log {
    /** 0 (off) to 4 (debug): compare with ERROR..DEBUG before building a line. */
    readonly level: number;
    readonly logger: Logger;
    /** `[cloudflare-billing-client]` */
    readonly prefix: string;
}
/**
 * The level from the option, else from the environment variable (ignored when it names no
 * level: a typo there should not break the app), else 'warn'.
 */
export declare function logLevel(option: LogLevel | undefined, fromEnv: string | undefined): number;
/** Writes `message` at `level` if the log lets it through. */
export declare function write(log: Log, level: number, message: string): void;
export declare function warnDeprecated(log: Log, operation: object, what: string): void;
