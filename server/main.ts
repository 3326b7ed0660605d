/** Entry point: `node dist/server/server/main.js` (via `npm start`) or `tsx server/main.ts`. */
import { loadConfig } from './config.js';
import { createApp } from './app.js';

const config = loadConfig();
const app = createApp(config);

app
  .listen()
  .then((port) => {
    app.log.info({ port, host: config.host, dataDir: config.dataDir }, 'Dialogdag listening');
    // Printed for people starting it by hand; logs stay JSON.
    if (process.stdout.isTTY) console.log(`Dialogdag: http://localhost:${port}/`);
  })
  .catch((error: unknown) => {
    app.log.fatal({ err: (error as Error).message }, 'could not listen');
    process.exit(1);
  });

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'stopping');
  app.close().then(
    () => process.exit(0),
    (error: unknown) => {
      app.log.error({ err: (error as Error).message }, 'unclean stop');
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

// A bug in one handler must not take every table offline: log it and keep serving.
process.on('uncaughtException', (error) => app.log.error({ err: error.stack }, 'uncaught exception'));
process.on('unhandledRejection', (error) => app.log.error({ err: String(error) }, 'unhandled rejection'));
