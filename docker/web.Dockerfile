# Forum Kommunalpakt – web image: the React/Vite SPA served by nginx, which also
# reverse-proxies the API replicas (see docker/nginx.conf.template).
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

# Any nginx from 1.22 on: the configuration is a template (docker/nginx.conf.template) that the
# entrypoint script renders at start from FORUM_API_SERVERS (the same script renders it on Debian's
# nginx in `npm run test:topology`).
FROM ${NGINX_IMAGE} AS runtime
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/nginx.conf.template /etc/nginx/forum.conf.template
COPY docker/render-nginx-conf.sh /docker-entrypoint.d/40-forum-conf.sh
RUN chmod 0755 /docker-entrypoint.d/40-forum-conf.sh
ENV FORUM_API_SERVERS="api-1:3000 api-2:3000" \
    FORUM_LISTEN=80 \
    FORUM_WEB_ROOT=/usr/share/nginx/html
COPY --from=builder /app/dist/apps/web /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1/nginx-health"]
# nginx: SIGQUIT = graceful shutdown (finish open requests), as in the official image.
STOPSIGNAL SIGQUIT
