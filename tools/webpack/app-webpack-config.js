const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { basename, join } = require('path');

/**
 * The webpack build every app shares: a CommonJS bundle of the app and the libraries it imports, compiled by tsc
 * (decorator metadata is needed by Nest and MikroORM), with a generated package.json of its dependencies.
 * @param {string} appDir the app's folder (its `__dirname`)
 * @param {{ transformers?: Array<{ name: string; options?: object }> }} [extra]
 */
function appWebpackConfig(appDir, extra = {}) {
  return {
    output: {
      path: join(appDir, '../../dist/apps', basename(appDir)),
      clean: true,
      ...(process.env.NODE_ENV !== 'production' && {
        devtoolModuleFilenameTemplate: '[absolute-resource-path]',
      }),
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: true,
        sourceMap: true,
        transformers: extra.transformers ?? [],
      }),
    ],
  };
}

module.exports = { appWebpackConfig };
