import { defineConfig, globalIgnores } from 'eslint/config'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import jestPlugin from 'eslint-plugin-jest'
import prettierConfig from 'eslint-config-prettier/flat'
import globals from 'globals'

/** Modules that touch the filesystem, processes or the network: the pure core imports none. */
const IO_MODULES = [
  'node:fs',
  'node:fs/promises',
  'node:child_process',
  'node:net',
  'node:tls',
  'node:http',
  'node:https',
  'node:dns',
  'node:dns/promises',
  'fs',
  'child_process'
]
const noIo = IO_MODULES.map(name => ({
  name,
  message: 'the pure core does no I/O: take what you need in the context'
}))
const noActions = {
  group: ['@actions/*'],
  message: 'only the action adapter (src/action) talks to the runner and the REST API',
  allowTypeImports: true
}
/** Adapters and stages the pure core must not reach into (types of the gate are allowed). */
const noAdapters = {
  group: [
    '**/action/*',
    '**/cli/*',
    '**/check/*',
    '**/repo/**',
    '**/gate/git/*',
    '**/gate/rest.js',
    '**/gate/open.js'
  ],
  message: 'the pure core imports no adapter (action, cli, check, repo, git): only their types',
  allowTypeImports: true
}
const yamlTypesOnly = {
  group: ['yaml'],
  message:
    'yaml is loaded on first need (import() in an adapter); the pure core takes its types only',
  allowTypeImports: true
}
const noGateInternals = {
  group: ['**/gate/*', '!**/gate/types.js'],
  message: 'rules import no gate internals: what a rule needs comes in its context',
  allowTypeImports: true
}
const restricted = (paths, patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }]
})

export default defineConfig([
  globalIgnores(['dist/', 'coverage/', 'node_modules/', 'examples/', 'src/**/*.generated.js']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname
      }
    }
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  { files: ['__tests__/**/*.ts'], ...jestPlugin.configs['flat/recommended'] },
  // Rooms that show the pipeline: only the action adapter imports @actions/* (the REST fallback
  // loads @actions/github with import() when git cannot read the base)...
  {
    files: ['src/**/*.ts'],
    ignores: ['src/action/**'],
    rules: restricted([], [noActions])
  },
  // ...the pure core (grammars, rules, the gate's comparison, formatters) does no I/O...
  {
    files: [
      'src/policy/**/*.ts',
      'src/record/**/*.ts',
      'src/report/**/*.ts',
      'src/site/**/*.ts',
      'src/gate/compare.ts',
      'src/gate/base.ts',
      'src/gate/types.ts',
      'src/gate/ports.ts',
      'src/lint.ts',
      'src/finding.ts',
      'src/message-format.ts',
      'src/did-you-mean.ts',
      'src/domain-name.ts',
      'src/public-suffix.ts'
    ],
    rules: restricted(noIo, [noActions, noAdapters, yamlTypesOnly])
  },
  // ...and rules see nothing but their context: no gate internals either.
  {
    files: ['src/rules/**/*.ts'],
    rules: restricted(noIo, [noActions, noAdapters, noGateInternals, yamlTypesOnly])
  },
  prettierConfig
])
