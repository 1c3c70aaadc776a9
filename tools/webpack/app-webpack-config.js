const { basename, join, resolve } = require('path');
const ForkTsCheckerWebpackPlugin = require('fork-ts-checker-webpack-plugin');
const nodeExternals = require('webpack-node-externals');
const { loadTsTransformers } = require('@nx/js');
const { DeployPackageJsonPlugin } = require('./deploy-package-json-plugin');

const workspaceRoot = resolve(__dirname, '../..');

/** The workspace libraries by their import names (`@careers/messaging`), as tsconfig.base.json maps them. */
function workspaceLibraries() {
  const { paths } = require(join(workspaceRoot, 'tsconfig.base.json')).compilerOptions;
  return Object.fromEntries(
    Object.entries(paths).map(([name, [path]]) => [`${name}$`, join(workspaceRoot, path)]),
  );
}

/**
 * The webpack build every app shares: a CommonJS bundle of the app and the libraries it imports, compiled by tsc
 * (decorator metadata is needed by Nest and MikroORM; esbuild's default emits none), type-checked beside the
 * compilation, with npm packages left as `require`s and listed in a generated package.json and lockfile.
 * Plain webpack rather than NX's webpack plugin, whose style loaders bring Sass's platform binaries into the lock.
 * @param {string} appDir the app's folder (its `__dirname`)
 * @param {{ transformers?: Array<{ name: string; options?: object }>; runtimeDependencies?: string[] }} [extra]
 *   runtimeDependencies: packages the app's dependencies load by name at run time, which the bundle cannot show
 */
function appWebpackConfig(appDir, extra = {}) {
  const tsConfig = join(appDir, 'tsconfig.app.json');
  const { compilerPluginHooks, hasPlugin } = loadTsTransformers(extra.transformers ?? []);
  const production = process.env.NODE_ENV === 'production';
  return {
    context: appDir,
    mode: production ? 'production' : 'development',
    target: 'node',
    entry: { main: './src/main.ts' },
    devtool: 'source-map',
    output: {
      path: join(workspaceRoot, 'dist/apps', basename(appDir)),
      filename: '[name].js',
      library: { type: 'commonjs' },
      clean: true,
      ...(!production && { devtoolModuleFilenameTemplate: '[absolute-resource-path]' }),
    },
    // Readable stack traces and class names (Nest's injection tokens and MikroORM's entities use them).
    optimization: { minimize: false, concatenateModules: false, nodeEnv: false },
    node: { __dirname: false, __filename: false },
    externalsPresets: { node: true },
    externals: [nodeExternals({ modulesDir: join(workspaceRoot, 'node_modules') })],
    resolve: {
      extensions: ['.ts', '.mjs', '.js'],
      alias: workspaceLibraries(),
    },
    module: {
      rules: [
        {
          test: /\.[jt]s$/,
          exclude: /node_modules/,
          loader: require.resolve('ts-loader'),
          options: {
            configFile: tsConfig,
            // A transformer (the gateway's OpenAPI plugin) needs the whole program; otherwise files compile alone.
            transpileOnly: !hasPlugin,
            // The libraries' sources lie outside the app's folder; webpack, not tsc, lays out the output.
            compilerOptions: { rootDir: workspaceRoot },
            getCustomTransformers: (program) => ({
              before: compilerPluginHooks.beforeHooks.map((hook) => hook(program)),
              after: compilerPluginHooks.afterHooks.map((hook) => hook(program)),
            }),
          },
        },
      ],
    },
    plugins: [
      new ForkTsCheckerWebpackPlugin({ typescript: { configFile: tsConfig } }),
      new DeployPackageJsonPlugin({ appDir, workspaceRoot, runtimeDependencies: extra.runtimeDependencies }),
    ],
    stats: 'errors-warnings',
  };
}

module.exports = { appWebpackConfig };
