// Who may do what on the register (issue 17): login and logout, each role's allowed and forbidden
// pages, forged sessions and missing or wrong CSRF tokens, the login rate limit, and the audit of
// logins. The anonymous calculator stays open. SQLite in a temp DATA_DIR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batasMasuk } from '../../src/web/daftar-batas.ts';
import { bukaRegister, CONTOH, Klien, sebagai, SANDI, type Register } from './helpers.ts';

let reg: Register;
let jam = Date.parse('2025-01-15T01:00:00Z');
beforeAll(async () => {
  reg = await bukaRegister({ batasMasuk: batasMasuk({ sekarang: () => jam }) });
}, 60_000);
afterAll(() => reg?.tutup());

describe('anonymous', () => {
  it('when nobody is signed in, then the calculator, /validasi and /verifikasi are open as before, with no register button', async () => {
    const k = new Klien(reg.url);
    for (const p of ['/', '/validasi', '/verifikasi', '/aturan']) expect((await k.get(p)).status, p).toBe(200);
    expect(k.cookie.size).toBe(0);
    const hasil = await k.post('/hitung', { masukan: '' }, null);
    expect(hasil.teks).not.toContain('tombol-terbitkan');
  });

  it('when an anonymous visitor opens a register page, then GET goes to the login page and POST is 401', async () => {
    const k = new Klien(reg.url);
    for (const p of ['/daftar', '/daftar/pengguna', '/daftar/kantor', '/daftar/audit', '/daftar/ekspor.zip']) {
      const r = await k.get(p);
      expect(r.status, p).toBe(303);
      expect(r.headers.get('location')).toBe(`/masuk?ke=${encodeURIComponent(p)}`);
    }
    const r = await k.post('/daftar/terbitkan', { masukan: JSON.stringify(CONTOH) }, null);
    expect(r.status).toBe(401);
    expect(r.teks).toContain('Anda belum masuk');
  });
});

describe('login', () => {
  it('when the password is right, then the session cookie is HttpOnly and SameSite=Strict, not Secure over http, and the header names the user', async () => {
    const k = new Klien(reg.url);
    await k.get('/masuk');
    const r = await k.post('/masuk', { nama: 'operator.uji', sandi: SANDI });
    expect(r.status).toBe(303);
    const c = r.headers.getSetCookie().find((x) => x.startsWith('ak_sesi='))!;
    expect(c).toMatch(/HttpOnly/);
    expect(c).toMatch(/SameSite=Strict/);
    expect(c).not.toMatch(/Secure/);
    const halaman = await k.get('/daftar');
    expect(halaman.status).toBe(200);
    expect(halaman.teks).toContain('Masuk sebagai <strong>operator.uji</strong> (Operator)');
    // The raw id is in the cookie; the register stores only its hash, so the id is not in the database file.
    const id = k.cookie.get('ak_sesi')!;
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('when a signed-in user opens the form at /, then the page names them and is not cached; an anonymous visitor still gets the shared cached form', async () => {
    const anon = await new Klien(reg.url).get('/');
    expect(anon.teks).not.toContain('Masuk sebagai');
    expect(anon.headers.get('etag')).toBeTruthy();
    const k = new Klien(reg.url);
    await k.get('/masuk');
    await k.post('/masuk', { nama: 'operator.uji', sandi: SANDI });
    const r = await k.get('/');
    expect(r.status).toBe(200);
    expect(r.teks).toContain('Masuk sebagai <strong>operator.uji</strong> (Operator)');
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(r.headers.get('etag')).toBeNull();
    // The shared copy was not replaced by the signed-in one.
    const lagi = await new Klien(reg.url).get('/');
    expect(lagi.teks).not.toContain('Masuk sebagai');
  });

  it('when the public address is https, then the cookie is Secure even though the proxy speaks http to the app', async () => {
    const r2 = await bukaRegister({ alamatPublik: 'https://ak.contoh.go.id' });
    try {
      const k = new Klien(r2.url);
      const masuk = await k.get('/masuk');
      expect(masuk.headers.getSetCookie().join('\n')).toMatch(/ak_masuk=[^;]+;.*Secure/);
      const r = await k.post('/masuk', { nama: 'auditor.uji', sandi: SANDI });
      expect(r.headers.getSetCookie().find((x) => x.startsWith('ak_sesi='))).toMatch(/Secure/);
    } finally {
      await r2.tutup();
    }
  }, 60_000);

  it('when the login form comes without its token (another site posting it), then 403 in Indonesian', async () => {
    const k = new Klien(reg.url);
    await k.get('/masuk');
    const r = await k.post('/masuk', { nama: 'operator.uji', sandi: SANDI }, null);
    expect(r.status).toBe(403);
    expect(r.teks).toContain('token keamanannya tidak ada atau tidak sah');
    expect(k.cookie.has('ak_sesi')).toBe(false);
  });

  it('when the password is wrong or the user unknown, then the same 401 message, and the audit log has the failure without the password', async () => {
    const k = new Klien(reg.url);
    await k.get('/masuk');
    const salah = await k.post('/masuk', { nama: 'auditor.uji', sandi: 'bukan-sandinya-x' });
    expect(salah.status).toBe(401);
    await k.get('/masuk');
    const takDikenal = await k.post('/masuk', { nama: 'tidak.ada', sandi: 'bukan-sandinya-x' });
    expect(takDikenal.status).toBe(401);
    const pesan = 'Nama pengguna atau kata sandi salah, atau akun tidak aktif.';
    expect(salah.teks).toContain(pesan);
    expect(takDikenal.teks).toContain(pesan);
    const audit = await reg.daftar.audit.baca({ batas: 10 });
    const gagal = audit.filter((b) => b.aksi === 'masuk-gagal');
    expect(gagal.map((b) => b.oleh)).toEqual(expect.arrayContaining(['auditor.uji', 'tidak.ada']));
    expect(JSON.stringify(audit)).not.toContain('bukan-sandinya-x');
  });

  it('when a name fails five times in 15 minutes, then the sixth attempt is 429 even with the right password, and it is allowed again once the window has passed', async () => {
    await reg.daftar.pengguna.tambah({ nama: 'dicoba.uji', peran: 'auditor', sandi: SANDI }, 'uji');
    // Earlier tests failed from this same address: start with a clean window.
    jam += 15 * 60 * 1000;
    const k = new Klien(reg.url);
    for (let i = 0; i < 5; i++) {
      await k.get('/masuk');
      expect((await k.post('/masuk', { nama: 'dicoba.uji', sandi: `salah-${i}-xxxxxx` })).status).toBe(401);
    }
    await k.get('/masuk');
    const ditahan = await k.post('/masuk', { nama: 'dicoba.uji', sandi: SANDI });
    expect(ditahan.status).toBe(429);
    expect(ditahan.teks).toContain('Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit');
    expect(ditahan.headers.get('retry-after')).toBe('900');
    jam += 15 * 60 * 1000;
    await k.get('/masuk');
    expect((await k.post('/masuk', { nama: 'dicoba.uji', sandi: SANDI })).status).toBe(303);
  });

  it('when one address fails twenty times under different names, then it is held for every name, the right password included', async () => {
    // Twenty, not five: behind a reverse proxy the whole office shares one address.
    const k = new Klien(reg.url);
    for (let i = 0; i < 20; i++) {
      await k.get('/masuk');
      expect((await k.post('/masuk', { nama: `orang${i}.uji`, sandi: 'salah-sekali-xx' })).status).toBe(401);
    }
    await k.get('/masuk');
    expect((await k.post('/masuk', { nama: 'admin.uji', sandi: SANDI })).status).toBe(429);
    jam += 15 * 60 * 1000;
  }, 60_000);

  it('when a user logs out, then the session is gone on the server: the old cookie no longer opens the register', async () => {
    const k = await sebagai(reg.url, 'auditor');
    const lama = k.cookie.get('ak_sesi')!;
    const keluar = await k.post('/keluar');
    expect(keluar.status).toBe(303);
    expect(k.cookie.has('ak_sesi')).toBe(false);
    k.cookie.set('ak_sesi', lama);
    expect((await k.get('/daftar')).status).toBe(303);
  });

  it('after login, only a path on this site is followed (no open redirect)', async () => {
    const k = new Klien(reg.url);
    await k.get('/masuk?ke=//jahat.contoh/x');
    const r = await k.post('/masuk', { nama: 'auditor.uji', sandi: SANDI, ke: '//jahat.contoh/x' });
    expect(r.headers.get('location')).toBe('/daftar');
  });
});

describe('forged sessions and CSRF', () => {
  it('when the session cookie is made up, then the register does not open', async () => {
    const k = new Klien(reg.url);
    k.cookie.set('ak_sesi', 'A'.repeat(43));
    expect((await k.get('/daftar')).status).toBe(303);
    const r = await k.post('/daftar/terbitkan', { masukan: JSON.stringify(CONTOH) }, 'A'.repeat(43));
    expect(r.status).toBe(401);
  });

  it("when a signed-in operator posts without the token, or with another session's token, then 403 with the Indonesian message", async () => {
    const op = await sebagai(reg.url, 'operator');
    const lain = await sebagai(reg.url, 'operator');
    expect(lain.csrf).not.toBe(op.csrf);
    for (const token of [null, '', lain.csrf, 'x'.repeat(43)]) {
      const r = await op.post('/daftar/terbitkan', { masukan: JSON.stringify(CONTOH) }, token);
      expect(r.status).toBe(403);
      expect(r.teks).toContain('Formulir ini tidak dapat diterima');
    }
    expect((await op.post('/keluar', {}, null)).status).toBe(403);
  });
});

describe('roles', () => {
  it('an auditor can search and read the audit log, but cannot issue, revoke, or manage users (403 in Indonesian)', async () => {
    const a = await sebagai(reg.url, 'auditor');
    expect((await a.get('/daftar')).status).toBe(200);
    expect((await a.get('/daftar/audit')).status).toBe(200);
    const terbit = await a.post('/daftar/terbitkan', { masukan: JSON.stringify(CONTOH) });
    expect(terbit.status).toBe(403);
    expect(terbit.teks).toContain('Peran Anda (Auditor) tidak berwenang');
    expect((await a.post('/daftar/terbitkan/kirim', { masukan: JSON.stringify(CONTOH) })).status).toBe(403);
    expect((await a.post('/daftar/dokumen/1/cabut', { alasan: 'coba-coba saja' })).status).toBe(403);
    expect((await a.get('/daftar/pengguna')).status).toBe(403);
    expect((await a.post('/daftar/pengguna', { nama: 'baru.uji', peran: 'admin', sandi: SANDI, sandiUlang: SANDI })).status).toBe(403);
    expect((await a.post('/daftar/kantor', { namaKantor: 'X', polaNomor: '{urut}' })).status).toBe(403);
    // The result page shows no issuing button to an auditor.
    expect((await a.post('/batch/hasil', { masukan: JSON.stringify(CONTOH) })).teks).not.toContain('tombol-terbitkan');
  });

  it('an operator sees the issuing button on the result page, and cannot manage users or the office', async () => {
    const op = await sebagai(reg.url, 'operator');
    const hasil = await op.post('/batch/hasil', { masukan: JSON.stringify(CONTOH) });
    expect(hasil.teks).toContain('id="tombol-terbitkan"');
    expect((await op.get('/daftar/pengguna')).status).toBe(403);
    expect((await op.get('/daftar/kantor')).status).toBe(403);
    expect((await op.get('/daftar/audit')).status).toBe(403);
  });

  it('an admin adds an operator, changes the role, deactivates it (its session ends), sets the office profile; none of it reaches documents', async () => {
    const adm = await sebagai(reg.url, 'admin');
    const tambah = await adm.post('/daftar/pengguna', { nama: 'siti.op', peran: 'operator', sandi: SANDI, sandiUlang: SANDI });
    expect(tambah.status).toBe(200);
    expect(tambah.teks).toContain('Pengguna siti.op (Operator) ditambahkan.');
    const siti = new Klien(reg.url);
    expect((await siti.masuk('siti.op')).status).toBe(303);
    expect((await siti.get('/daftar')).status).toBe(200);
    expect((await adm.post('/daftar/pengguna/siti.op/peran', { peran: 'auditor' })).teks).toContain('Peran siti.op kini Auditor.');
    expect((await siti.post('/daftar/terbitkan', { masukan: JSON.stringify(CONTOH) })).status).toBe(403);
    expect((await adm.post('/daftar/pengguna/siti.op/nonaktifkan')).teks).toContain('Akun siti.op dinonaktifkan');
    expect((await siti.get('/daftar')).status).toBe(303);
    const dobel = await adm.post('/daftar/pengguna', { nama: 'siti.op', peran: 'operator', sandi: SANDI, sandiUlang: SANDI });
    expect(dobel.status).toBe(409);
    const pendek = await adm.post('/daftar/pengguna', { nama: 'budi.op', peran: 'operator', sandi: 'pendek', sandiUlang: 'pendek' });
    expect(pendek.status).toBe(400);
    expect(pendek.teks).toContain('Sandi paling sedikit');
    expect((await adm.post('/daftar/pengguna/admin.uji/nonaktifkan')).status).toBe(409);
    const pola = await adm.post('/daftar/kantor', { namaKantor: 'BKPSDM Kabupaten Contoh', polaNomor: 'PAK/{tahun}' });
    expect(pola.status).toBe(400);
    expect(pola.teks).toContain('{urut}');
    expect((await adm.get('/daftar')).headers.get('location')).toBe('/daftar/pengguna');
    expect((await adm.post('/daftar/terbitkan', { masukan: JSON.stringify(CONTOH) })).status).toBe(403);
    const audit = (await reg.daftar.audit.baca({ batas: 50 })).map((b) => b.aksi);
    expect(audit).toEqual(expect.arrayContaining(['masuk', 'keluar', 'masuk-gagal']));
  });
});
