const { builtinModules } = require('module');
const { join } = require('path');
const { createProjectGraphAsync, detectPackageManager, readJsonFile, serializeJson } = require('@nx/devkit');
const { generatePrunedDeployOutput } = require('@nx/js');

const pluginName = 'DeployPackageJsonPlugin';

/** `@scope/name/deep/path` and `name/deep` to the package's name. */
function packageName(request) {
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Writes the bundle's package.json and package-lock.json beside it: the npm packages the bundle `require`s and
 * nothing else (not what the libraries' tests import), at the workspace's locked versions, so an image installs
 * only what the app runs.
 */
class DeployPackageJsonPlugin {
  /** @param {{ appDir: string; workspaceRoot: string; runtimeDependencies?: string[] }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { sources, Compilation, ExternalModule } = compiler.webpack;
    let graph;
    compiler.hooks.beforeRun.tapPromise(pluginName, async () => {
      graph = await createProjectGraphAsync({ exitOnError: true });
    });
    compiler.hooks.thisCompilation.tap(pluginName, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: pluginName, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { workspaceRoot, appDir } = this.options;
          const required = new Set(this.options.runtimeDependencies);
          for (const module of compilation.modules) {
            if (!(module instanceof ExternalModule)) continue;
            const request = [module.request].flat()[0];
            if (request.startsWith('node:') || builtinModules.includes(request)) continue;
            required.add(packageName(request));
          }
          const lock = readJsonFile(join(workspaceRoot, 'package-lock.json')).packages;
          const dependencies = Object.fromEntries(
            [...required].sort().map((name) => [name, lock[`node_modules/${name}`].version]),
          );
          const project = readJsonFile(join(appDir, 'project.json')).name;
          const packageJson = { name: project, version: '0.0.1', main: 'main.js', dependencies };
          generatePrunedDeployOutput(packageJson, graph, graph.nodes[project].data.root, {
            emit: (path, content) => compilation.emitAsset(path, new sources.RawSource(content)),
            packageManager: detectPackageManager(workspaceRoot),
            workspaceRoot,
          });
          compilation.emitAsset('package.json', new sources.RawSource(serializeJson(packageJson)));
        },
      );
    });
  }
}

module.exports = { DeployPackageJsonPlugin };
