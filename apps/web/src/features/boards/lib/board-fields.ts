/** A board's URL name (/bereiche/<slug>): lower-case letters, digits and hyphens, as the API checks it. */
export const SLUG_PATTERN = /^[a-z0-9-]{2,60}$/;
