import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface VirtualCopy {
  readonly file: string;
  readonly previewLines: readonly string[];
}

function stamp(now: Date): string {
  // 2026-11-20T19:32:05.123Z → 20261120T193205123Z: sortable and valid on every file system.
  return now.toISOString().replace(/[-:.]/g, '');
}

/**
 * The virtual printer keeps what would have been printed: the exact bytes
 * (.bin, to replay on a real printer or decode later) and the decoded text
 * (.txt, for IT and the screen). Files are created exclusively, so two jobs
 * in the same millisecond get two files.
 */
export async function writeVirtualReceipt(
  dataDir: string,
  bytes: Uint8Array,
  previewLines: readonly string[],
  now: Date,
): Promise<VirtualCopy> {
  const dir = join(dataDir, 'virtual-printer');
  await mkdir(dir, { recursive: true });
  for (let attempt = 0; ; attempt += 1) {
    const base = join(dir, `receipt-${stamp(now)}${attempt === 0 ? '' : `-${attempt}`}`);
    try {
      await writeFile(`${base}.bin`, bytes, { flag: 'wx', mode: 0o640 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 100) {
        continue;
      }
      throw error;
    }
    await writeFile(`${base}.txt`, `${previewLines.join('\n')}\n`, { mode: 0o640 });
    return { file: `${base}.bin`, previewLines };
  }
}
