// The register never writes personal data to the process log: a failure while searching by NIP is
// logged by path only, and the 500 page shows no internals.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bukaRegister, sebagai, type Register } from './helpers.ts';

const log: string[] = [];
let reg: Register;
beforeAll(async () => {
  // The real register, except that its search fails as a broken database would.
  reg = await bukaRegister(
    { log: (pesan, galat) => log.push(`${pesan} ${galat instanceof Error ? galat.stack : String(galat)}`) },
    { bungkus: (d) => ({ ...d, dokumen: { ...d.dokumen, cari: () => Promise.reject(new Error('basis data rusak')) } }) },
  );
}, 60_000);
afterAll(() => reg?.tutup());

it('when a search by NIP and name fails, then the log names the path without the query, and the page says nothing of the cause', async () => {
  const a = await sebagai(reg.url, 'auditor');
  const r = await a.get('/daftar?nip=199001012015032001&nama=Rina');
  expect(r.status).toBe(500);
  expect(r.teks).not.toContain('basis data rusak');
  const semua = log.join('\n');
  expect(semua).toContain('500 GET /daftar ');
  expect(semua).not.toContain('199001012015032001');
  expect(semua).not.toContain('Rina');
});
