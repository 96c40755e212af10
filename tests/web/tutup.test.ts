// The app owns its worker pool: closing the app stops the workers, so a test (or the server on SIGTERM,
// see server.test.ts) can create and close apps without leaving a thread, a server or a socket behind.
import { expect, it } from 'vitest';
import { jalankanApp } from '../helpers/app.ts';

/** Handles that keep a process alive; timers come and go with the test runner itself. */
const pegangan = () =>
  process
    .getActiveResourcesInfo()
    .filter((r) => r !== 'Timeout' && r !== 'TTYWrap')
    .sort();

it('when an app whose worker pool has run a task is closed, then no worker, server or socket is left', async () => {
  const sebelum = pegangan();
  for (let i = 0; i < 2; i++) {
    const app = await jalankanApp({ pekerja: 1 });
    // Verifying an upload runs on the pool (src/web/task-runner.ts); a file that is no PDF still gets its page.
    const fd = new FormData();
    fd.append('berkas', new Blob([Buffer.from('%PDF-1.4 bukan pdf')], { type: 'application/pdf' }), 'x.pdf');
    const r = await fetch(`${app.url}/verifikasi`, { method: 'POST', body: fd });
    expect(r.status).toBe(200);
    await r.text();
    // The pool's worker is running (its MessagePort), and so is the server: the check below can fail.
    expect(pegangan()).toEqual(expect.arrayContaining(['MessagePort', 'TCPServerWrap']));
    await app.tutup();
  }
  expect(pegangan()).toEqual(sebelum);
}, 120_000);
