// Lint: typescript-eslint's recommended rules, file size, and the module rules
// of docs/ARCHITECTURE.md. MAY_IMPORT below is the "may import (of ours)"
// column of its module table: every other module of ours is a forbidden
// import for that folder. Keep the two in step.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DISCORD_LIBS = {
  group: ['discord.js', 'discord.js/*', '@discordjs/*'],
  message: 'discord.js belongs in src/chat/discord only (docs/ARCHITECTURE.md).',
};
const SLACK_LIBS = { group: ['@slack/*'], message: 'Slack libraries belong in src/chat/slack only (docs/ARCHITECTURE.md).' };
const DATABASE_LIBS = {
  group: ['@prisma/*', 'prisma', 'pg', 'better-sqlite3', '**/store/generated/**'],
  message: 'Database libraries belong in src/store only (docs/ARCHITECTURE.md).',
};
const PLATFORM_LIBS = [DISCORD_LIBS, SLACK_LIBS, DATABASE_LIBS];

/** Our modules, by the folder name their import paths contain (src/<folder>/, the top-level commands/). */
const MODULES = [
  'core',
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
  'commands',
  'chat',
  'pipeline',
  'service',
  'cli',
  'http',
];
/** The chat adapters, src/chat/<platform>/: none imports another. */
const ADAPTERS = ['discord', 'slack', 'console'];
const BEFORE_STORE = ['core', 'config', 'fetch', 'sources', 'normalise', 'classify', 'place', 'dedupe'];

/**
 * docs/ARCHITECTURE.md → Modules, folder by folder: `may` lists the modules of
 * ours it may import (besides itself), `types` those it may import types from
 * only (`import type`), `libs` the platform libraries it may use. The wiring
 * (src/service, src/cli, src/http) may import any module of ours.
 */
const MAY_IMPORT = [
  { files: ['src/core/**'], may: [] },
  { files: ['src/config/**'], may: ['core'] },
  { files: ['src/fetch/**'], may: ['core', 'config'] },
  { files: ['src/sources/**'], may: ['core'] },
  { files: ['src/normalise/**'], may: ['core'], types: ['sources'] },
  { files: ['src/classify/**'], may: ['core', 'normalise'], types: ['sources'] },
  { files: ['src/place/**'], may: ['core'] },
  { files: ['src/dedupe/**'], may: ['core'] },
  { files: ['src/store/**'], may: ['core', 'dedupe', 'config'], libs: [DATABASE_LIBS] },
  { files: ['src/ingest/**'], may: BEFORE_STORE },
  { files: ['src/deliver/**'], may: ['core', 'place'] },
  { files: ['commands/**'], may: ['core', 'place', 'deliver'] },
  { files: ['src/chat/*.ts'], may: ['core', 'commands', 'deliver', 'place'] },
  { files: ['src/chat/discord/**'], may: ['core', 'chat', 'deliver'], libs: [DISCORD_LIBS], adapter: 'discord' },
  { files: ['src/chat/slack/**'], may: ['core', 'chat', 'deliver'], libs: [SLACK_LIBS], adapter: 'slack' },
  { files: ['src/chat/console/**'], may: ['core', 'chat', 'deliver'], adapter: 'console' },
  { files: ['src/pipeline/**'], may: [...BEFORE_STORE, 'store', 'ingest', 'deliver'] },
];

/**
 * How an import names a module: any path through its folder. The top-level
 * commands/ is at least two levels up from every file in src/, which tells it
 * apart from Slack's own src/chat/slack/listeners/commands/.
 */
const pathsOf = (folder) =>
  folder === 'commands' ? { regex: '^(\\.\\./){2,}commands(/|$)' } : { group: [`**/${folder}/**`, `**/${folder}`] };

function restrictions({ files, may, types = [], libs = [], adapter }) {
  const self = files[0].split('/')[files[0].startsWith('src/') ? 1 : 0];
  const allowed = [may.length ? may.join(', ') : 'nothing else', ...types.map((t) => `types from ${t}`)].join(' and ');
  const why = `${files[0]} may import only ${allowed} of ours (docs/ARCHITECTURE.md → Modules)`;
  const forbidden = MODULES.filter((m) => m !== self && !may.includes(m) && !types.includes(m));
  const otherAdapters = self === 'chat' ? ADAPTERS.filter((a) => a !== adapter) : [];
  return {
    files: files.map((f) => (f.endsWith('.ts') ? f : `${f}/*.ts`)),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...PLATFORM_LIBS.filter((l) => !libs.includes(l)),
            ...[...forbidden, ...otherAdapters].map((m) => ({ ...pathsOf(m), message: why })),
            ...types.map((m) => ({ ...pathsOf(m), allowTypeImports: true, message: why })),
          ],
        },
      ],
    },
  };
}

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
  // Everywhere in the application (including the wiring): platform libraries only where they belong.
  {
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: PLATFORM_LIBS }] },
  },
  ...MAY_IMPORT.map(restrictions),
  // Tests and test support (`*.test.ts`, `src/**/test-*.ts`, `test/`), scripts and benchmarks may import anything.
  {
    files: ['**/*.test.ts', '**/test-*.ts', 'test/**/*.ts', 'scripts/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': 'off',
      'max-lines': ['error', { max: 600, skipBlankLines: true, skipComments: true }],
    },
  },
);
