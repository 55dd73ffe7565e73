import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../services/logger';
import { startDemoCentral, terminalKeyFor } from './server';

/**
 * npm run demo-central -- --port N [--data-dir D] [--today YYYY-MM-DD] [--terminal-key MASTER] [--smtp host:port]
 *   [--key-for TERMINAL-ID ...]: also prints that terminal's credential (HMAC of its id under the master key).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4781' },
      'data-dir': { type: 'string', default: '.demo-central' },
      today: { type: 'string' },
      'terminal-key': { type: 'string' },
      smtp: { type: 'string' },
      'key-for': { type: 'string', multiple: true, default: [] },
      verbose: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error('--port must be 0-65535');
  }
  const smtp = values.smtp ? /^(.+):(\d+)$/.exec(values.smtp) : null;
  if (values.smtp && !smtp) {
    throw new Error('--smtp must be host:port');
  }
  const central = await startDemoCentral({
    dataDir: resolve(values['data-dir']),
    port,
    log: createLogger({ echo: values.verbose, minLevel: values.verbose ? 'debug' : 'warn' }),
    ...(values.today ? { today: values.today } : {}),
    ...(values['terminal-key'] ? { terminalKey: values['terminal-key'] } : {}),
    ...(smtp?.[1] && smtp[2] ? { smtp: { host: smtp[1], port: Number(smtp[2]) } } : {}),
  });
  process.stdout.write(`demo-central listening on ${central.url}\n`);
  const master = values['terminal-key'] ?? 'demo-terminal-key';
  for (const terminalId of values['key-for']) {
    process.stdout.write(`X-Terminal-Key for ${terminalId}: ${terminalKeyFor(master, terminalId)}\n`);
  }
  const stop = (): void => {
    central.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`demo-central: ${(err as Error).message}\n`);
  process.exit(1);
});
