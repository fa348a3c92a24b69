// Node.js flags the API runs with, everywhere it runs in production mode (npm start, the benchmarks; the
// Docker image's CMD repeats them). A young generation of 64 MiB instead of 16 MiB: the API allocates many
// short-lived objects per request (GraphQL execution, rows), and fewer scavenges cost less. Measured with
// `npm run bench:profile -- thread`, three alternating runs each: 6.32 → 5.52 ms API CPU per request.
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];
