import nx from '@nx/eslint-plugin';

const depConstraints = [
  // An app never imports another app; it builds on the shared libraries only.
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'],
  },
  {
    sourceTag: 'type:platform',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:platform'],
  },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:tooling'],
  },
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:tooling'] },
  // The benchmarks, the fault drills and the workspace's scripts drive the built system as the tests do; a drill
  // shares nothing with a benchmark but what is in the libraries.
  {
    sourceTag: 'type:bench',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing', 'type:tooling'],
  },
  {
    sourceTag: 'type:drills',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing', 'type:tooling'],
  },
  // The browser tests drive the built system through a browser and read its mail, as the drills do.
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing', 'type:tooling'],
  },
  {
    sourceTag: 'type:tools',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing', 'type:tooling'],
  },
  // A service only knows its own code and what is shared (contracts above all).
  { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
  { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:identity', 'scope:shared'] },
  { sourceTag: 'scope:directory', onlyDependOnLibsWithTags: ['scope:directory', 'scope:shared'] },
  { sourceTag: 'scope:onboarding', onlyDependOnLibsWithTags: ['scope:onboarding', 'scope:shared'] },
  { sourceTag: 'scope:importer', onlyDependOnLibsWithTags: ['scope:importer', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  // The web app runs in the browser: it knows the API only through the generated client, no server code.
  {
    sourceTag: 'scope:web',
    onlyDependOnLibsWithTags: ['scope:shared'],
    bannedExternalImports: [
      '@nestjs/*',
      '@mikro-orm/*',
      'class-validator',
      'class-transformer',
      'nats',
      'pg',
    ],
  },
  // The edge (the gateway) holds no data: no library that stores any, no database driver, no password hashing,
  // so its bundle and image carry none of them.
  {
    sourceTag: 'runtime:edge',
    notDependOnLibsWithTags: ['storage:database'],
    bannedExternalImports: ['@mikro-orm/*', 'pg', 'argon2'],
  },
];

function boundaries(constraints) {
  return {
    enforceBuildableLibDependency: true,
    // The apps' webpack configs share one build definition under tools/.
    allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$', '^.*/tools/webpack/app-webpack-config$'],
    depConstraints: constraints,
  };
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.data', '**/tmp'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(depConstraints)] },
  },
  {
    // A library's integration tests may use the test harness and the local infrastructure, as apps' tests do.
    files: ['**/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        boundaries(
          // The edge's tests seed and inspect the services' databases through the test harness.
          depConstraints
            .filter((constraint) => constraint.sourceTag !== 'runtime:edge')
            .map((constraint) =>
              constraint.sourceTag === 'type:platform'
                ? {
                    ...constraint,
                    onlyDependOnLibsWithTags: [
                      ...constraint.onlyDependOnLibsWithTags,
                      'type:testing',
                      'type:tooling',
                    ],
                  }
                : constraint,
            ),
        ),
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
];
