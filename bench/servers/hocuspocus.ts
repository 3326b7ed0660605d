/**
 * Hocuspocus 3.4.4 (the last line for Node 20) with its SQLite extension, configured as its docs
 * show: `new Server({ extensions: [new SQLite({ database })] })`. If the extension's native
 * `sqlite3` cannot load on this machine, it runs without persistence and says so on stdout — the
 * runner reads that line and prints it with the results.
 */
import path from 'node:path';
import { Server, type Extension } from '@hocuspocus/server';

const port = Number(process.env.PORT ?? 0);
const dataDir = process.env.DATA_DIR ?? '.';

async function persistence(): Promise<{ extension: Extension | null; note: string }> {
  try {
    const { SQLite } = await import('@hocuspocus/extension-sqlite');
    const database = path.join(dataDir, 'hocuspocus.sqlite');
    return { extension: new SQLite({ database }), note: 'sqlite' };
  } catch (error) {
    return { extension: null, note: `none (extension-sqlite failed to load: ${(error as Error).message})` };
  }
}

const { extension, note } = await persistence();
console.log(JSON.stringify({ benchPersistence: note }));
const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  extensions: extension ? [extension] : [],
});
await server.listen();
