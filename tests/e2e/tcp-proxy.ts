/**
 * A TCP proxy on 127.0.0.1 between the browser and the app, for browser tests that need the
 * network to go away. Chromium's offline switch (`context.setOffline`) does not cut WebSockets; this
 * does: `cut()` destroys every live connection (page loads and sync sockets alike) and makes new
 * ones fail at once (accepted, then reset), until `restore()`.
 */
import net from 'node:net';

export interface TcpProxy {
  /** `http://127.0.0.1:<port>`: open the app through this URL. */
  url: string;
  port: number;
  /** Drops every open connection and refuses new ones. */
  cut(): void;
  /** Lets connections through again. */
  restore(): void;
  /** Connections accepted and forwarded so far (to check a test really went through the proxy). */
  forwarded(): number;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  let isCut = false;
  let forwarded = 0;
  const live = new Set<net.Socket>();

  const server = net.createServer((client) => {
    client.on('error', () => client.destroy());
    if (isCut) {
      // resetAndDestroy sends RST: the browser sees a failed connection, not a slow one.
      client.resetAndDestroy();
      return;
    }
    forwarded++;
    const upstream = net.connect(targetPort, targetHost);
    upstream.on('error', () => client.destroy());
    live.add(client).add(upstream);
    const forget = () => {
      live.delete(client);
      live.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', forget);
    upstream.on('close', forget);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    cut() {
      isCut = true;
      for (const socket of [...live]) socket.resetAndDestroy();
      live.clear();
    },
    restore() {
      isCut = false;
    },
    forwarded: () => forwarded,
    close() {
      for (const socket of [...live]) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
