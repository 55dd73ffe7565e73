// The logger before pino (issue [13]): kept only as the bench baseline for "time to log 10,000 entries".
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface LogEntry {
  readonly time: string;
  readonly level: LogLevel;
  readonly event: string;
  readonly fields: LogFields;
}

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** The last entries, newest last, for the maintenance screen. */
  recent(): readonly LogEntry[];
}

const secretKey = /pin|password|passwd|clave|token|secret|credential|key|cookie|authorization/i;

/**
 * Defence in depth for "logs hold no personal data": callers log events and
 * technical fields, and whatever slips through is scrubbed here: secret-named
 * fields are dropped, e-mail addresses and long digit runs (document numbers,
 * account numbers, PINs typed into the wrong field) are masked.
 */
export function scrubValue(value: string): string {
  return value
    .replace(/[^\s@"'<>]+@[^\s@"'<>]+\.[A-Za-z]{2,}/g, '[email]')
    .replace(/\d{4,}/g, (digits) => `[${digits.length} digits]`);
}

export function scrubFields(fields: LogFields): LogFields {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      continue;
    }
    if (secretKey.test(key)) {
      out[key] = '[redacted]';
    } else if (typeof value === 'string') {
      out[key] = scrubValue(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

export interface LoggerOptions {
  /** Folder for daily JSON-lines files; none keeps entries in memory only. */
  readonly dir?: string;
  readonly minLevel?: LogLevel;
  /** Also echo to stderr (development, browser host). */
  readonly echo?: boolean;
  readonly now?: () => Date;
}

const order: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
const keep = 200;

export function createLogger(options: LoggerOptions = {}): Logger {
  const { dir, minLevel = 'info', echo = false, now = () => new Date() } = options;
  const ring: LogEntry[] = [];
  if (dir) {
    mkdirSync(dir, { recursive: true });
  }
  const write = (level: LogLevel, event: string, fields: LogFields = {}): void => {
    if (order[level] < order[minLevel]) {
      return;
    }
    const time = now();
    const entry: LogEntry = { time: time.toISOString(), level, event: scrubValue(event), fields: scrubFields(fields) };
    ring.push(entry);
    if (ring.length > keep) {
      ring.shift();
    }
    const line = JSON.stringify(entry);
    if (dir) {
      try {
        appendFileSync(join(dir, `kiosk-${entry.time.slice(0, 10)}.log`), `${line}\n`, { mode: 0o640 });
      } catch {
        // A full or read-only disk must not take the kiosk down; the ring still holds the entry.
      }
    }
    if (echo) {
      process.stderr.write(`${line}\n`);
    }
  };
  return {
    debug: (e, f) => write('debug', e, f),
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
    recent: () => [...ring],
  };
}
