// The office key: made once in DATA_DIR with private permissions, loaded again unchanged, refused when
// others can read it; an administrator's key is used as given; the trusted list is checked at boot.
import * as crypto from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bacaDaftarDipercaya } from '../../src/tanda/dipercaya.ts';
import { GalatKunci, muatKunciKantor, NAMA_BERKAS_KUNCI, sidikJari } from '../../src/tanda/kunci.ts';
import { parseConfig } from '../../src/config.ts';
import { folderSementara } from './helpers.ts';

describe('kunci kantor di DATA_DIR', () => {
  it('is made on first start in a folder only its owner may open (0700) and a file only its owner may read (0600), and the same key is loaded again', () => {
    const dataDir = join(folderSementara(), 'data-baru');
    const a = muatKunciKantor({ dataDir })!;
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, NAMA_BERKAS_KUNCI)).mode & 0o777).toBe(0o600);
    const b = muatKunciKantor({ dataDir })!;
    expect(b.publik).toBe(a.publik);
    // 32 bytes in base64url without padding; the fingerprint is 32 hex digits in 8 groups.
    expect(a.publik).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.sidikJari).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('two data folders make two different keys', () => {
    const a = muatKunciKantor({ dataDir: join(folderSementara(), 'a') })!;
    const b = muatKunciKantor({ dataDir: join(folderSementara(), 'b') })!;
    expect(a.publik).not.toBe(b.publik);
  });

  it('a key file others can read is refused, naming the file and the fix, never printing the key', () => {
    const dataDir = join(folderSementara(), 'data');
    muatKunciKantor({ dataDir });
    const berkas = join(dataDir, NAMA_BERKAS_KUNCI);
    chmodSync(berkas, 0o644);
    let galat: unknown;
    try {
      muatKunciKantor({ dataDir });
    } catch (e) {
      galat = e;
    }
    expect(galat).toBeInstanceOf(GalatKunci);
    expect((galat as Error).message).toContain(`chmod 600 ${berkas}`);
    expect((galat as Error).message).not.toContain('PRIVATE KEY');
    expect((galat as Error).message).not.toContain(readFileSync(berkas, 'utf8').split('\n')[1]!);
  });

  it('without permission to make one (the CLI verifier), a missing key is simply absent', () => {
    expect(muatKunciKantor({ dataDir: join(folderSementara(), 'tidak-ada'), buat: false })).toBeUndefined();
  });
});

describe('kunci dari administrator (KUNCI_KANTOR)', () => {
  it('an Ed25519 PKCS#8 PEM is used as given: its public key is the one openssl-style export gives', () => {
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
    const berkas = join(folderSementara(), 'kunci.pem');
    writeFileSync(berkas, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    const k = muatKunciKantor({ dataDir: join(folderSementara(), 'x'), berkasKunci: berkas })!;
    // The raw key is the last 32 bytes of the 44-byte SPKI DER of an Ed25519 key (RFC 8410).
    const mentah = (publicKey.export({ type: 'spki', format: 'der' }) as Buffer).subarray(12);
    expect(k.publik).toBe(mentah.toString('base64url'));
    const hex = crypto.createHash('sha256').update(mentah).digest('hex').slice(0, 32).toUpperCase();
    expect(k.sidikJari.replace(/ /g, '')).toBe(hex);
    expect(sidikJari(k.publik)).toBe(k.sidikJari);
  });

  it('an RSA key, or a file that is not a key, is refused naming KUNCI_KANTOR', () => {
    const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    const berkasRsa = join(folderSementara(), 'rsa.pem');
    writeFileSync(berkasRsa, rsa);
    expect(() => muatKunciKantor({ dataDir: 'x', berkasKunci: berkasRsa })).toThrow(/KUNCI_KANTOR\) bukan kunci Ed25519 \(jenisnya rsa\)/);
    const sampah = join(folderSementara(), 'sampah.pem');
    writeFileSync(sampah, 'bukan kunci');
    expect(() => muatKunciKantor({ dataDir: 'x', berkasKunci: sampah })).toThrow(/KUNCI_KANTOR\) bukan kunci privat PEM/);
  });
});

describe('daftar kantor tepercaya', () => {
  const kunci = muatKunciKantor({ dataDir: join(folderSementara(), 'd') })!.publik;

  it('reads names, keys and validity periods', () => {
    const d = bacaDaftarDipercaya(
      `kantor:\n  - nama: BKPSDM Kabupaten B\n    kunci: ${kunci}\n    berlakuMulai: "2024-01-01"\n    berlakuSampai: "2026-06-30"\n`,
      'uji',
    );
    expect(d).toEqual([{ nama: 'BKPSDM Kabupaten B', kunci, berlakuMulai: '2024-01-01', berlakuSampai: '2026-06-30' }]);
  });

  it('a bad key, a bad date, a reversed period, an unknown field or the same key twice stops start-up naming the entry', () => {
    expect(() => bacaDaftarDipercaya('kantor:\n  - nama: X\n    kunci: abc\n', 'uji')).toThrow(
      /kantor\.0\.kunci: kunci harus kunci publik Ed25519/,
    );
    expect(() => bacaDaftarDipercaya(`kantor:\n  - nama: X\n    kunci: ${kunci}\n    berlakuMulai: "2024-13-01"\n`, 'uji')).toThrow(
      /kantor\.0\.berlakuMulai/,
    );
    expect(() =>
      bacaDaftarDipercaya(
        `kantor:\n  - nama: X\n    kunci: ${kunci}\n    berlakuMulai: "2025-01-01"\n    berlakuSampai: "2024-01-01"\n`,
        'uji',
      ),
    ).toThrow(/berlakuMulai harus sebelum berlakuSampai/);
    expect(() => bacaDaftarDipercaya(`kantor:\n  - nama: X\n    kunci: ${kunci}\n    catatan: y\n`, 'uji')).toThrow(/catatan/);
    expect(() => bacaDaftarDipercaya(`kantor:\n  - nama: X\n    kunci: ${kunci}\n  - nama: Y\n    kunci: ${kunci}\n`, 'uji')).toThrow(
      /lebih dari sekali/,
    );
  });
});

describe('konfigurasi', () => {
  it('DATA_DIR defaults to ./data; a certificate without its password, or an unknown signing-time mode, stops start-up', () => {
    expect(parseConfig({}).DATA_DIR).toBe('./data');
    expect(parseConfig({}).WAKTU_TANDA_TANGAN).toBe('tanggal-perhitungan');
    expect(() => parseConfig({ SERTIFIKAT_P12: '/x.p12' })).toThrow(
      /SERTIFIKAT_SANDI: SERTIFIKAT_P12 diatur tetapi SERTIFIKAT_SANDI tidak/,
    );
    expect(() => parseConfig({ WAKTU_TANDA_TANGAN: 'kemarin' })).toThrow(/WAKTU_TANDA_TANGAN harus tanggal-perhitungan atau sekarang/);
  });
});
