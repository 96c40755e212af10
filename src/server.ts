// Process entry: configuration, rule book, listen, graceful shutdown. The app itself is built by createApp.
import { webLimitsFrom } from './web/limits.ts';
import type { AddressInfo } from 'node:net';
import { parseConfig } from './config.ts';
import { loadAturan, RuleError } from './rules/loader.ts';
import { createApp } from './web/app.ts';
import { muatBahanTanda, opsiBahanDari } from './tanda/bahan.ts';
import { bukaDaftar } from './daftar/buka.ts';

async function boot() {
  let config;
  let aturan;
  let bahanTanda;
  let daftar;
  try {
    config = parseConfig();
    aturan = loadAturan(config.ATURAN_DIR, config.KATALOG_JF);
    // The office key (made in DATA_DIR on first start), the trusted list and the certificate: a problem stops start-up.
    bahanTanda = await muatBahanTanda(opsiBahanDari(config));
    // The register of issued documents: SQLite in DATA_DIR, or PostgreSQL (DATABASE_URL); migrations run here.
    daftar = await bukaDaftar(config);
  } catch (e) {
    process.stderr.write(e instanceof RuleError ? `Buku aturan tidak sah: ${e.message}\n` : `${(e as Error).message}\n`);
    process.exit(1);
  }

  const app = createApp({
    aturan,
    ...(config.ATURAN_DIR && { dirAturan: config.ATURAN_DIR }),
    ...(config.KATALOG_JF && { katalogJf: config.KATALOG_JF }),
    ...(config.KUNCI_BATCH && { kunciBatch: config.KUNCI_BATCH }),
    ...(config.PEKERJA && { pekerja: config.PEKERJA }),
    bahanTanda,
    ...(config.ALAMAT_PUBLIK && { alamatPublik: config.ALAMAT_PUBLIK }),
    limits: webLimitsFrom(config),
    daftar,
  });
  const server = app.listen(config.PORT, config.HOST, () => {
    const { port } = server.address() as AddressInfo;
    const host = config.HOST === '127.0.0.1' || config.HOST === '::1' ? 'localhost' : config.HOST;
    process.stdout.write(`Angka Kredit JF siap di http://${host}:${port} (buku aturan ${aturan.versi})\n`);
  });
  server.on('error', (e) => {
    process.stderr.write(`Server tidak dapat dijalankan: ${e.message}\n`);
    process.exit(1);
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`${signal} diterima: menutup server…\n`);
    // Finish requests in flight, drop idle keep-alive sockets, and force the rest after the timeout.
    // Upload-sized work runs on worker threads, so this thread is free to hear the signal and keep time;
    // the workers are stopped once the requests they serve are done, or at the timeout.
    const selesai = () => {
      void app.close().finally(() => process.exit(0));
    };
    server.close(selesai);
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      selesai();
    }, config.SHUTDOWN_TIMEOUT_MS).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

void boot();
