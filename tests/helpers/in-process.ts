/** Builds the real app in-process on port 0 with a temporary DATA_DIR, for fast integration tests. */
import { createApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import type { JoinLimits } from '../../server/http/join-limiter.js';
import { tempDataDir } from './server-process.js';

export interface TestServer {
  app: App;
  url: string;
  wsUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

export async function startTestServer(
  opts: { env?: Record<string, string>; joinLimits?: JoinLimits; dataDir?: string } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? tempDataDir();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  const app = createApp(config, opts.joinLimits ? { joinLimits: opts.joinLimits } : {});
  const port = await app.listen();
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    dataDir,
    close: () => app.close(),
  };
}
