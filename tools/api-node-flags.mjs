// Node.js flags the API runs with, everywhere it runs in production mode (npm start, the benchmarks; the
// Docker image's CMD does the same in sh). The young generation: API_SEMI_SPACE_MB, default 64 (V8: 16).
// The API allocates many short-lived objects per request (GraphQL execution, rows); a larger young
// generation means fewer scavenges. Measured on the thread page (docs/PERFORMANCE.md, "Memory"): 64 MiB
// costs about 5.0 ms of API CPU per request and 400 MiB resident under load, 16 MiB about 6.1 ms and 326 MiB.
// Where memory is tighter than CPU (small containers), set 16.
const semiSpace = Number(process.env.API_SEMI_SPACE_MB ?? 64);
if (!Number.isInteger(semiSpace) || semiSpace < 1 || semiSpace > 256)
  throw new Error(
    `API_SEMI_SPACE_MB must be a whole number of MiB from 1 to 256, not "${process.env.API_SEMI_SPACE_MB}"`,
  );
export const API_NODE_FLAGS = [`--max-semi-space-size=${semiSpace}`];
