# Forum Kommunalpakt – web image: the React/Vite SPA served by nginx, which also
# reverse-proxies the API replicas (see docker/nginx.conf).
# Build context: the repository root, e.g.
#   docker build -f docker/web.Dockerfile -t forum-kommunalpakt-web .

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.28-alpine

FROM ${NODE_IMAGE} AS builder
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_SKIP_NX_CACHE=true \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
# Tool chain only in case a native addon has no prebuilt binary (build stage only).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx nx run-many -t build --projects=web \
 && test -f dist/apps/web/index.html

# nginx >= 1.27.3 is required: the upstream uses `server ... resolve` (re-resolves
# api-1/api-2 when their containers are recreated). 1.28 is the current stable line.
FROM ${NGINX_IMAGE} AS runtime
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/nginx.conf /etc/nginx/conf.d/forum.conf
COPY --from=builder /app/dist/apps/web /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1/nginx-health"]
# nginx: SIGQUIT = graceful shutdown (finish open requests), as in the official image.
STOPSIGNAL SIGQUIT
