/**
 * Browser-test helpers: the app as a new user starts it (`npm start` on a temporary DATA_DIR) and
 * Debian's Chromium driven by playwright-core (test tools cannot download browsers here).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort, tempDataDir } from '../helpers/server-process.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface AppProcess {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

/** Runs `npm start`'s script (builds when needed) on a free port and a temporary DATA_DIR. */
export async function startApp(env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const dataDir = tempDataDir('dialogdag-e2e-');
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 170_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // building or starting
    }
    if (Date.now() > deadline) throw new Error(`npm start did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    dataDir,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Builds the client into a temporary folder and starts `npm start`'s script serving that build, so
 * another test (or engineer) rebuilding dist/client cannot pull chunks from under a running page.
 */
export async function startAppWithOwnBuild(env: Record<string, string> = {}): Promise<AppProcess> {
  const staticDir = tempDataDir('dialogdag-e2e-client-');
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      staticDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    // vitest sets NODE_ENV=test, which would bundle React's development build: build what people run.
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  const app = await startApp({ ...env, STATIC_DIR: staticDir });
  return {
    ...app,
    stop: async () => {
      await app.stop();
      fs.rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

/** The app and Chromium a describe block runs against. Read them inside tests and later hooks. */
export interface SuiteEnv {
  readonly app: AppProcess;
  readonly browser: Browser;
}

/**
 * Starts the app (with `start`) and Chromium before a describe block's tests and stops both after
 * them. Call it first in the block: its `beforeAll` then runs before the block's own set-up, and its
 * `afterAll` after the block's own tear-down.
 */
export function appAndBrowserForSuite(start: () => Promise<AppProcess> = startApp): SuiteEnv {
  let app: AppProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (read it inside a test or hook)`);
    return value;
  };
  return {
    get app() {
      return started(app, 'the app');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}

/** Records every request and WebSocket a context's pages open to a host other than the app's. */
export function watchForeignRequests(context: BrowserContext, appUrl: string): string[] {
  const appHost = new URL(appUrl).host;
  const foreign: string[] = [];
  const check = (raw: string) => {
    const url = new URL(raw);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.host !== appHost) foreign.push(raw);
  };
  context.on('request', (req) => check(req.url()));
  context.on('page', (page) => page.on('websocket', (ws) => check(ws.url())));
  return foreign;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
