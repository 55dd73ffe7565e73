import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a file that IT pointed the kiosk at cannot be used; the message names the path's problem, never its content. */
export class FileRefused extends Error {
  constructor(
    readonly reason: 'missing' | 'not-a-regular-file' | 'too-large' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}

// Opening never blocks: a FIFO put where the config should be would otherwise hang start-up in open() itself.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file IT names in the config (the config itself, the logo, the
 * terminal credential) only if it is a regular file of at most `maxBytes`.
 * The check is made on the open descriptor, so a path swapped for a FIFO, a
 * device (/dev/zero) or a symlink to one between check and read is refused
 * too, and at most `maxBytes + 1` bytes are ever read.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, openFlags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new FileRefused(code === 'ENOENT' ? 'missing' : 'unreadable', `cannot open (${code})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new FileRefused('not-a-regular-file', 'is not a regular file (a device, FIFO, socket or folder)');
    }
    if (stat.size > maxBytes) {
      throw new FileRefused('too-large', `is larger than ${maxBytes} bytes`);
    }
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) {
        break;
      }
      length += read;
      if (length > maxBytes) {
        throw new FileRefused('too-large', `is larger than ${maxBytes} bytes`);
      }
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof FileRefused) {
      throw error;
    }
    throw new FileRefused('unreadable', `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}
