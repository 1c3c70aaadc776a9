module.exports = {
  displayName: 'local-infra',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // These tests start real nats-server processes.
  testTimeout: 30_000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/libs/local-infra',
};
