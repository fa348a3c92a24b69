#!/bin/sh
# Renders docker/nginx.conf.template into an nginx site configuration (POSIX sh + awk: runs in the
# nginx:alpine image as /docker-entrypoint.d/40-forum-conf.sh and on Debian for npm run test:topology).
#   FORUM_API_SERVERS     the API instances, "host:port host:port" (required)
#   FORUM_LISTEN          listen address/port                       (default 80)
#   FORUM_WEB_ROOT        directory of the built web app             (default /usr/share/nginx/html)
#   UPLOAD_MAX_MB         largest attachment, as the API's setting     (default 20): POST /uploads may
#                         carry that plus 1 MB for the multipart envelope
#   FORUM_NGINX_TEMPLATE  input   (default /etc/nginx/forum.conf.template)
#   FORUM_NGINX_CONF      output  (default /etc/nginx/conf.d/forum.conf)
set -eu
template=${FORUM_NGINX_TEMPLATE:-/etc/nginx/forum.conf.template}
out=${FORUM_NGINX_CONF:-/etc/nginx/conf.d/forum.conf}
: "${FORUM_API_SERVERS:?FORUM_API_SERVERS must list the API instances, e.g. \"api-1:3000 api-2:3000\"}"
upload_mb=${UPLOAD_MAX_MB:-20}
case "$upload_mb" in '' | *[!0-9]*) echo "UPLOAD_MAX_MB must be a number of megabytes" >&2; exit 1 ;; esac
awk -v servers="$FORUM_API_SERVERS" -v listen="${FORUM_LISTEN:-80}" -v root="${FORUM_WEB_ROOT:-/usr/share/nginx/html}" -v upload="$((upload_mb + 1))m" '
  /^[ \t]*@FORUM_API_SERVERS@[ \t]*$/ {
    n = split(servers, list, /[ \t,]+/)
    for (i = 1; i <= n; i++) if (list[i] != "") printf "    server %s max_fails=1 fail_timeout=5s;\n", list[i]
    next
  }
  { gsub(/@FORUM_LISTEN@/, listen); gsub(/@FORUM_WEB_ROOT@/, root); gsub(/@FORUM_UPLOAD_BODY_MAX@/, upload); print }
' "$template" > "$out"
echo "forum: nginx configuration written to $out (API: $FORUM_API_SERVERS)"
