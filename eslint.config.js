// @ts-check
import globals from 'globals';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import vueParser from 'vue-eslint-parser';

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'HTMLElement',
  'fetch',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'docs/**',
      '.data/**',
      'bench/out/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginVue.configs['flat/recommended'],
  {
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
    },
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/component-api-style': ['error', ['script-setup']],
      'vue/define-props-declaration': ['error', 'type-based'],
    },
  },
  {
    // shared/ is pure TypeScript: no Electron, no Node, no DOM, no process code.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ must not import electron.' },
            { group: ['node:*'], message: 'shared/ is pure TypeScript: no node:* modules.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ must not import from electron/ or renderer/.',
            },
          ],
          paths: ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'url', 'util', 'buffer'].map(
            (name) => ({
              name,
              message: 'shared/ is pure TypeScript: no Node built-ins.',
            }),
          ),
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals, 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  // The renderer is sandboxed: it reaches main only through window.kiosk. renderer/domain/ stays pure.
  ...[
    { files: ['renderer/**/*.ts', 'renderer/**/*.vue'], pure: false },
    { files: ['renderer/domain/**/*.ts'], pure: true },
  ].map(({ files, pure }) => ({
    files,
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer has no Electron access: use the kiosk bridge.',
            },
            { group: ['node:*'], message: 'The renderer runs in a sandbox without Node.' },
            {
              group: ['**/electron/**'],
              message: 'renderer/ must not import from electron/: use the bridge contract in shared/.',
            },
            ...(pure
              ? [
                  {
                    group: ['../stores/*', '../outbox/*', '../bridge', '../session/*', '../composables/*'],
                    message: 'renderer/domain/ is pure: no stores, outbox, bridge or composables.',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  })),
  // Services are plain modules that take their dependencies: only main, preload and adapters touch Electron.
  // And imports only run down the layers: hosts → core → bridge → services → shared.
  ...[
    { files: ['electron/**/*.ts'], below: [] },
    { files: ['electron/core/**/*.ts'], below: ['browser-host', 'adapters', 'main'] },
    { files: ['electron/bridge/**/*.ts'], below: ['core', 'browser-host', 'adapters', 'main', 'demo-central'] },
    {
      files: ['electron/services/**/*.ts', 'electron/window/**/*.ts', 'electron/http/**/*.ts'],
      below: ['core', 'bridge', 'browser-host', 'adapters', 'main', 'demo-central'],
    },
    { files: ['electron/demo-central/**/*.ts'], below: ['core', 'bridge', 'browser-host', 'adapters', 'main'] },
  ].map(({ files, below }) => ({
    files,
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/adapters/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only main.ts, preload.ts and electron/adapters may import electron.',
              allowTypeImports: true,
            },
          ],
          patterns: below.map((layer) => ({
            group: [
              `**/electron/${layer}`,
              `**/electron/${layer}/**`,
              `../${layer}`,
              `../${layer}/**`,
              `../../${layer}`,
              `../../${layer}/**`,
              `../../../${layer}/**`,
            ],
            message: `An import may not run back up a layer (${layer}/ is above this folder).`,
          })),
        },
      ],
    },
  })),
  {
    files: ['electron/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts', '*.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests define small throwaway components inline.
    files: ['test/**/*.ts'],
    rules: { 'vue/one-component-per-file': 'off' },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'electron/browser-host/cli.ts', 'electron/demo-central/cli.ts'],
    rules: { 'no-console': 'off' },
  },
  // Formatting is Prettier's (npm run format; checked by npm run lint): turn off the rules that would fight it.
  prettier,
);
