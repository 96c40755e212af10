// The real app on a free loopback port, for HTTP and browser tests.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps } from '../../src/web/app.ts';
import { aturan } from './aturan.ts';

export interface AppBerjalan {
  url: string;
  server: Server;
  tutup: () => Promise<void>;
}

/** Defaults: the real rule book, a fixed "today" (15 Mei 2024) and a silent log; `deps` overrides. */
export async function jalankanApp(deps: Partial<AppDeps> = {}): Promise<AppBerjalan> {
  const app = createApp({ aturan, hariIni: () => '2024-05-15', log: () => {}, ...deps });
  const server = await new Promise<Server>((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    // The app's worker pool, if a test started one, is stopped with it.
    tutup: () => new Promise<void>((r) => server.close(() => r())).then(() => app.close()),
  };
}
