/**
 * Where the terminal's config file is: `--config FILE` (or `--config=FILE`),
 * else `COOPKIOSK_CONFIG`, else the OS default location.
 */
export function resolveConfigPath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
): { readonly path: string; readonly explicit: boolean } {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--config' && argv[i + 1]) {
      return { path: argv[i + 1] as string, explicit: true };
    }
    if (arg?.startsWith('--config=') && arg.length > '--config='.length) {
      return { path: arg.slice('--config='.length), explicit: true };
    }
  }
  const fromEnv = env.COOPKIOSK_CONFIG;
  if (fromEnv) {
    return { path: fromEnv, explicit: true };
  }
  return { path: defaultConfigPath(platform, env), explicit: false };
}

export function defaultConfigPath(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string {
  switch (platform) {
    case 'win32':
      return `${env.PROGRAMDATA ?? 'C:\\ProgramData'}\\CoopKiosk\\terminal.json`;
    case 'darwin':
      return '/Library/Application Support/CoopKiosk/terminal.json';
    default:
      return '/etc/coopkiosk/terminal.json';
  }
}
