import { Counter, register } from 'prom-client';

// Sign-ins through the OpenID Connect providers and their failures, in /metrics. Several test apps share
// one process and the global registry: each counter is made once.

function counter(name: string, help: string, labelNames: string[]): Counter {
  return (register.getSingleMetric(name) as Counter | undefined) ?? new Counter({ name, help, labelNames });
}

export const oidcSignIns = () =>
  counter('forum_oidc_sign_ins_total', 'Sign-ins through an OpenID Connect provider', ['provider']);

export const oidcSignInFailures = () =>
  counter(
    'forum_oidc_sign_in_failures_total',
    'Refused or failed sign-ins through an OpenID Connect provider',
    ['provider', 'reason'],
  );
