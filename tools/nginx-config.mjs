// The project's nginx front (docker/nginx.conf.template, rendered by docker/render-nginx-conf.sh as in the web
// image) on Debian's nginx without root: a throw-away directory with its own pid, logs and temp paths. Used by
// the topology test (tools/system) and the two-instance benchmark (tools/bench).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Writes `dir/nginx.conf` for nginx in front of `apiPorts` on `listen`, serving `webRoot`; returns its path.
 * `accessLog`: an nginx log_format string, or nothing for no access log; `extra`: more server blocks.
 */
export function writeNginxConfig({ dir, apiPorts, listen, webRoot, accessLog, extra = '', workers = 2 }) {
  execFileSync('sh', [path.join(root, 'docker/render-nginx-conf.sh')], {
    env: {
      ...process.env,
      FORUM_NGINX_TEMPLATE: path.join(root, 'docker/nginx.conf.template'),
      FORUM_NGINX_CONF: path.join(dir, 'forum.conf'),
      FORUM_API_SERVERS: apiPorts.map((p) => `127.0.0.1:${p}`).join(' '),
      FORUM_LISTEN: listen,
      FORUM_WEB_ROOT: webRoot,
    },
  });
  const temp = (name) => path.join(dir, name);
  const log = accessLog
    ? `log_format forum '${accessLog}';\n  access_log ${temp('access.log')} forum;`
    : 'access_log off;';
  fs.writeFileSync(
    temp('nginx.conf'),
    `daemon off;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
worker_processes ${workers};
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path ${temp('body')}; proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')}; uwsgi_temp_path ${temp('uwsgi')}; scgi_temp_path ${temp('scgi')};
  ${log}
  include ${temp('forum.conf')};
${extra}
}
`,
  );
  return temp('nginx.conf');
}
