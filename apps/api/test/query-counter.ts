import { Client } from 'pg';

/** Counts SQL statements sent by every pg client in this process while `work` runs. */
export async function countQueries(
  work: () => Promise<unknown>,
): Promise<{ count: number; statements: string[] }> {
  const original = Client.prototype.query;
  const statements: string[] = [];
  Client.prototype.query = function patched(this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    statements.push(typeof first === 'string' ? first : (first?.text ?? '?'));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    Client.prototype.query = original;
  }
  return { count: statements.length, statements };
}
