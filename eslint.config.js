// Lint: typescript-eslint's recommended rules, file size, and the module
// rules of docs/ARCHITECTURE.md expressed as import restrictions per folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PLATFORM_LIBS = [
  { group: ['discord.js', 'discord.js/*', '@discordjs/*'], message: 'discord.js belongs in src/chat/discord only (docs/ARCHITECTURE.md).' },
  { group: ['@slack/*'], message: 'Slack libraries belong in src/chat/slack only (docs/ARCHITECTURE.md).' },
  {
    group: ['@prisma/*', 'prisma', 'pg', 'better-sqlite3', '**/store/generated/**'],
    message: 'Database libraries belong in src/store only (docs/ARCHITECTURE.md).',
  },
];

/** Folders a module may not import, besides the platform libraries. */
const forbid = (folders, why) => folders.map((f) => ({ group: [`**/${f}/**`, `**/${f}`], message: why }));

const layer = (files, folders, why, allowLibs = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...PLATFORM_LIBS.filter((l) => !allowLibs.includes(l.group[0])), ...forbid(folders, why)] },
    ],
  },
});

const LATER = 'a pipeline stage may import earlier stages only (docs/ARCHITECTURE.md)';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', 'src/store/generated/**', 'prisma/**/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        Buffer: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(['src/**/*.ts', 'commands/**/*.ts', 'bench/**/*.ts'], [], ''),
  layer(
    ['src/core/**/*.ts'],
    [
      'config',
      'fetch',
      'sources',
      'normalise',
      'classify',
      'place',
      'dedupe',
      'store',
      'ingest',
      'deliver',
      'chat',
      'pipeline',
      'service',
      'cli',
      'http',
      'commands',
    ],
    'core imports nothing of ours but core',
  ),
  layer(
    ['src/fetch/**/*.ts'],
    ['sources', 'normalise', 'classify', 'place', 'dedupe', 'store', 'ingest', 'deliver', 'chat', 'pipeline', 'service', 'commands'],
    'fetch never parses or stores',
  ),
  layer(
    ['src/sources/**/*.ts'],
    ['fetch', 'normalise', 'classify', 'place', 'dedupe', 'store', 'ingest', 'deliver', 'chat', 'pipeline', 'service', 'commands'],
    'parsers get bytes, never fetch; ' + LATER,
  ),
  layer(
    ['src/normalise/**/*.ts', 'src/classify/**/*.ts'],
    ['fetch', 'place', 'dedupe', 'store', 'ingest', 'deliver', 'chat', 'pipeline', 'service', 'commands'],
    LATER,
  ),
  layer(
    ['src/place/**/*.ts', 'src/dedupe/**/*.ts'],
    ['fetch', 'sources', 'store', 'ingest', 'deliver', 'chat', 'pipeline', 'service', 'commands'],
    LATER,
  ),
  layer(
    ['src/store/**/*.ts'],
    ['fetch', 'sources', 'ingest', 'deliver', 'chat', 'pipeline', 'service', 'commands'],
    'the store implements the ports; it knows no chat or sources',
    ['@prisma/*'],
  ),
  layer(
    ['src/ingest/**/*.ts'],
    ['store', 'deliver', 'chat', 'pipeline', 'service', 'commands'],
    'ingest stores nothing; the pipeline does',
  ),
  layer(
    ['src/deliver/**/*.ts'],
    ['fetch', 'sources', 'store', 'ingest', 'chat', 'pipeline', 'service', 'commands'],
    'delivery is platform-neutral and talks to storage through the ports',
  ),
  layer(
    ['commands/**/*.ts'],
    ['store', 'chat', 'pipeline', 'service', 'fetch'],
    'commands use the ports and the core; adapters render them',
  ),
  layer(['src/chat/discord/**/*.ts'], ['store', 'pipeline', 'service', 'slack', 'console'], 'an adapter knows only the chat core', [
    'discord.js',
  ]),
  layer(['src/chat/slack/**/*.ts'], ['store', 'pipeline', 'service', 'discord', 'console'], 'an adapter knows only the chat core', [
    '@slack/*',
  ]),
  layer(['src/chat/console/**/*.ts'], ['store', 'pipeline', 'discord', 'slack'], 'an adapter knows only the chat core'),
  layer(['src/pipeline/**/*.ts'], ['chat', 'service', 'commands'], 'the pipeline drives delivery through the ports, not the adapters'),
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off', 'max-lines': ['error', { max: 600, skipBlankLines: true, skipComments: true }] },
  },
);
