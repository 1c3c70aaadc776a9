# syntax=docker/dockerfile:1
# One image definition for every app: docker build --build-arg APP=identity -t careers-identity .
ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: the whole workspace, then webpack bundles one app into dist/apps/$APP -------------
# dist/apps/$APP holds main.js plus a generated package.json and package-lock.json that list only
# the npm packages the bundle requires (tools/webpack/deploy-package-json-plugin.js).
FROM ${NODE_IMAGE} AS build
ARG APP
RUN test -n "$APP" || (echo "Build with --build-arg APP=<gateway|identity|directory|onboarding|importer>" >&2; exit 1)
ENV NX_DAEMON=false NX_NO_CLOUD=true
WORKDIR /workspace
COPY package.json package-lock.json ./
# No install script is needed to build (native modules are built for the runtime below).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
# The gateway's image also carries the web app it serves at / (static files in dist/apps/web); the others an empty
# folder in its place.
RUN npx nx build "$APP" --configuration=production \
 && mkdir -p dist/apps/web \
 && if [ "$APP" = gateway ]; then npx nx build web; fi

# --- deps: the production dependencies of that one app ----------------------------------------
# Native modules (argon2) are compiled here against this image's Node headers rather than taken
# from their prebuilt binaries, so they match the runtime image exactly.
FROM ${NODE_IMAGE} AS deps
ARG APP
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
ENV npm_config_nodedir=/usr/local
WORKDIR /app
COPY --from=build /workspace/dist/apps/${APP}/package*.json ./
RUN npm ci --omit=dev --build-from-source --no-audit --no-fund \
 && npm cache clean --force

# --- runtime ----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG APP
LABEL org.opencontainers.image.title="careers-${APP}"
# Each app has a container of its own, so all take the same ports: the HTTP one, and metrics on another
# that a deployment keeps off its public routes.
ENV NODE_ENV=production \
    PORT=3000 \
    METRICS_PORT=9400
WORKDIR /app
# Owned by root and read-only for the app: it writes nothing to its own directory.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /workspace/dist/apps/${APP}/ ./
# Beside the app's folder, where the gateway looks for the web app by default (WEB_ROOT).
COPY --from=build /workspace/dist/apps/web/ /web/
USER node
EXPOSE 3000 9400
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `node main.js migrate` runs the app's database migrations and exits (for a deployment step);
# with MIGRATE_ON_START=true the app runs them itself at start.
# The flags are the ones every app runs with (libs/local-infra/src/lib/app-node-flags.ts says why).
CMD ["node", "--max-semi-space-size=64", "--max-old-space-size=320", "main.js"]
