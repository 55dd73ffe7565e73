import { mkdirSync } from 'node:fs';
import pino, { type Logger as PinoLogger } from 'pino';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';
import { personalFieldNames, scrubText } from './log-scrub';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface LogEntry {
  readonly time: string;
  readonly level: LogLevel;
  readonly event: string;
  /** The service that logged it ("central", "printing"...), when a child logger did. */
  readonly service?: string;
  readonly fields: LogFields;
}

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A logger for one service: its lines carry `"service": name`. */
  child(service: string): Logger;
  /** The last entries, newest last, for the maintenance screen (already redacted and scrubbed). */
  recent(): readonly LogEntry[];
  /** Moves the files to another folder and sets the level (the terminal config, read after the logger starts). */
  reconfigure(options: { readonly dir?: string; readonly minLevel?: LogLevel }): void;
  /** Resolves once what was logged is on disk (before the process exits). */
  flush(): Promise<void>;
}

export interface LogRotation {
  /** Size at which the current file rolls over; default 10 MB. */
  readonly maxFileBytes?: number;
  /** Rolled files kept; default 14. */
  readonly maxFiles?: number;
  /** All rolled files together; default 50 MB. */
  readonly maxTotalBytes?: number;
}

export interface LoggerOptions {
  /** Folder for the log files; none keeps entries in memory only. */
  readonly dir?: string;
  readonly minLevel?: LogLevel;
  /** Also echo to stderr (development, browser host). */
  readonly echo?: boolean;
  readonly now?: () => Date;
  readonly rotation?: LogRotation;
}

const keep = 200;
/** Entries are flat (`LogFields` holds no objects), so the names are redacted at the top level, where they are cheap. */
const fieldPaths = [...personalFieldNames];

/** String values are scrubbed as free text. */
function scrubbed(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    out[key] = typeof value === 'string' ? scrubText(value) : value;
  }
  return out;
}

/** The current file is kiosk.log; rolled ones kiosk-YYYY-MM-DD-N.log. */
function fileName(time: number | Date | null, index?: number): string {
  if (!time) {
    return 'kiosk.log';
  }
  const t = new Date(time);
  const date = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
  return `kiosk-${date}-${index ?? 1}.log`;
}

function openFile(dir: string, rotation: LogRotation): RotatingFileStream {
  mkdirSync(dir, { recursive: true });
  return createStream(fileName, {
    path: dir,
    size: `${rotation.maxFileBytes ?? 10 * 1024 * 1024}B`,
    interval: '1d',
    intervalBoundary: true,
    maxFiles: rotation.maxFiles ?? 14,
    maxSize: `${rotation.maxTotalBytes ?? 50 * 1024 * 1024}B`,
    mode: 0o640,
  });
}

/**
 * The kiosk's logger: pino in-process (no worker-thread transport: main is
 * bundled by esbuild, which pino's transports cannot find), JSON lines to
 * files rolled by day and by size with a retention limit (rotating-file-
 * stream), a ring of recent lines for the maintenance screen, and no
 * personal data (see log-scrub.ts). Host-neutral: no electron import.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const { echo = false, now = () => new Date(), rotation = {} } = options;
  const ring: string[] = [];
  let file: RotatingFileStream | null = options.dir ? openFile(options.dir, rotation) : null;
  // Lines of one turn of the event loop go to the file in one write (a write per line costs a syscall each).
  let pending = '';
  let scheduled = false;
  const drain = (): void => {
    scheduled = false;
    if (pending && file) {
      // A full or read-only disk must not take the kiosk down: rotating-file-stream reports it as an 'error' event.
      file.write(pending);
    }
    pending = '';
  };
  const destination = {
    write(line: string): void {
      ring.push(line);
      if (ring.length > keep) {
        ring.shift();
      }
      if (file) {
        pending += line;
        if (!scheduled) {
          scheduled = true;
          setImmediate(drain);
        }
      }
      if (echo) {
        process.stderr.write(line);
      }
    },
  };
  const attachErrors = (stream: RotatingFileStream | null): void => {
    stream?.on('error', () => undefined);
  };
  attachErrors(file);
  const root: PinoLogger = pino(
    {
      level: options.minLevel ?? 'info',
      base: undefined,
      messageKey: 'event',
      timestamp: () => `,"time":"${now().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }), log: scrubbed },
      redact: { paths: fieldPaths, censor: '[redacted]' },
    },
    destination,
  );

  const wrap = (p: PinoLogger): Logger => ({
    debug: (event, fields = {}) => p.debug(fields, event),
    info: (event, fields = {}) => p.info(fields, event),
    warn: (event, fields = {}) => p.warn(fields, event),
    error: (event, fields = {}) => p.error(fields, event),
    child: (service) => wrap(p.child({ service })),
    recent: () =>
      ring.map((line) => {
        const { time, level, event, service, ...fields } = JSON.parse(line) as Record<string, unknown>;
        return {
          time: String(time),
          level: level as LogLevel,
          event: String(event),
          ...(typeof service === 'string' ? { service } : {}),
          fields: fields as LogFields,
        };
      }),
    reconfigure({ dir, minLevel }) {
      if (minLevel) {
        root.level = minLevel;
      }
      if (dir) {
        drain();
        const previous = file;
        file = openFile(dir, rotation);
        attachErrors(file);
        previous?.end();
      }
    },
    flush: () =>
      new Promise<void>((resolve) => {
        drain();
        const current = file;
        if (!current) {
          resolve();
          return;
        }
        // An empty write's callback runs once everything written before it is out.
        current.write('', () => resolve());
      }),
  });
  return wrap(root);
}
