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

/** Where npm would find `name` from the package installed at `from` (its own node_modules, then its parents'). */
function resolveInLock(packages, from, name) {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
    const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[path]) return path;
    if (!dir) return undefined;
  }
}

/**
 * Keeps only the lock's packages that the app's dependencies need. The pruned lock also lists optional peer
 * dependencies found in the workspace (MikroORM for @nestjs/terminus's health indicator), which `npm ci` would
 * then install although nothing requires them.
 */
function withoutOptionalPeers(lockText) {
  const lock = JSON.parse(lockText);
  const { packages } = lock;
  const needed = new Set(['']);
  const visit = (path) => {
    const entry = packages[path];
    const optionalPeers = new Set(
      Object.entries(entry.peerDependenciesMeta ?? {})
        .filter(([, meta]) => meta.optional)
        .map(([name]) => name),
    );
    const names = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((name) => !optionalPeers.has(name)),
    ];
    for (const name of names) {
      const found = resolveInLock(packages, path, name);
      if (found && !needed.has(found)) {
        needed.add(found);
        visit(found);
      }
    }
  };
  visit('');
  lock.packages = Object.fromEntries(Object.entries(packages).filter(([path]) => needed.has(path)));
  return JSON.stringify(lock, null, 2) + '\n';
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
            emit: (path, content) =>
              compilation.emitAsset(
                path,
                new sources.RawSource(path === 'package-lock.json' ? withoutOptionalPeers(content) : content),
              ),
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
