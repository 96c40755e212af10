// Command line: drive the engine without the web.
//   angka-kredit hitung berkas.json [--desimal 2]   result JSON on stdout; exit 2 with the errors on bad input
//   angka-kredit check-rules                       check the rule book and KATALOG_JF (exit 1 on a problem)
//   angka-kredit jabatan-fungsional                the JF catalog: id, kategori, jenjang, name (the id goes in the input)
//   angka-kredit schema                            JSON Schema of the input document
//   angka-kredit batch unit.xlsx --out folder/     a unit's reports and PDFs (src/batch/cli.ts)
//   angka-kredit verifikasi berkas.pdf             figures and signer of a PDF (src/tanda/cli.ts)
//   angka-kredit sertifikat buat …                 a trial certificate for PAdES (src/tanda/cli.ts)
//   angka-kredit pengguna|audit|cadangan …         users, audit chain and backup of the register (src/daftar/cli.ts)
import { readFileSync, readSync, statSync } from 'node:fs';
import { z } from 'zod';
import { hitung } from './domain/hitung.ts';
import { InputError } from './domain/galat.ts';
import { bacaMasukan } from './input/parse.ts';
import { masukanSchema } from './input/schema.ts';
import { loadAturan, RuleError } from './rules/loader.ts';
import { runBatchCli, USAGE_BATCH } from './batch/cli.ts';
import { jalankanSertifikatCli, jalankanVerifikasiCli, USAGE_TANDA } from './tanda/cli.ts';
import { jalankanAuditCli, jalankanCadanganCli, jalankanPenggunaCli, USAGE_DAFTAR } from './daftar/cli.ts';

const USAGE = `Penggunaan:
  angka-kredit hitung <berkas.json> [--desimal 2|3]
  angka-kredit check-rules
  angka-kredit jabatan-fungsional
  angka-kredit schema
  ${USAGE_BATCH}
  ${USAGE_TANDA}
  ${USAGE_DAFTAR}`;

export function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check-rules': {
        const a = loadAturan(undefined, katalogJf());
        process.stdout.write(
          `Buku aturan sah (versi ${a.versi}): ${a.jenjang.length} jenjang, ${a.predikat.length} predikat, ${a.jabatanFungsional.length} jabatan fungsional, ${a.kalenderKp.length} kalender KP.\n`,
        );
        return 0;
      }
      case 'jabatan-fungsional': {
        const a = loadAturan(undefined, katalogJf());
        for (const jf of a.jabatanFungsional) {
          const jenjang = jf.jenjang.map((id) => a.jenjang.find((j) => j.id === id)!.nama).join(', ');
          process.stdout.write(
            `${jf.id}\t${jf.kategori}\t${jenjang}\t${jf.nama}${jf.asal === 'instansi' ? ' (ditambahkan oleh instansi)' : ''}\n`,
          );
        }
        return 0;
      }
      case 'schema':
        process.stdout.write(`${JSON.stringify(inputJsonSchema(), null, 2)}\n`);
        return 0;
      case 'hitung': {
        const file = rest.find((a) => !a.startsWith('--'));
        if (!file) {
          process.stderr.write(`${USAGE}\n`);
          return 2;
        }
        const di = rest.indexOf('--desimal');
        let text: string | undefined;
        try {
          text = bacaTerbatas(file);
        } catch {
          process.stderr.write(`Berkas "${file}" tidak dapat dibaca.\n`);
          return 2;
        }
        if (text === undefined) {
          process.stderr.write(
            `Berkas "${file}" lebih besar dari ${MAKS_MASUKAN / 1024 / 1024} MB; dokumen masukan satu pegawai hanya beberapa kB.\n`,
          );
          return 2;
        }
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch {
          process.stderr.write(`Berkas "${file}" bukan JSON yang sah.\n`);
          return 2;
        }
        if (di >= 0 && data && typeof data === 'object') (data as Record<string, unknown>).tampilan = { desimal: Number(rest[di + 1]) };
        const { masukan, opsi } = bacaMasukan(data);
        const hasil = hitung(loadAturan(undefined, katalogJf()), masukan, opsi);
        process.stdout.write(`${JSON.stringify(hasil, null, 2)}\n`);
        return 0;
      }
      case 'batch':
        // Asynchronous (streams, worker threads): the exit code is set when it finishes.
        void runBatchCli(rest).then(
          (code) => {
            process.exitCode = code;
          },
          (e: unknown) => {
            process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
            process.exitCode = 1;
          },
        );
        return 0;
      case 'verifikasi':
      case 'sertifikat':
        void (cmd === 'verifikasi' ? jalankanVerifikasiCli(rest) : jalankanSertifikatCli(rest)).then(
          (code) => {
            process.exitCode = code;
          },
          (e: unknown) => {
            // A key or list problem is the administrator's to fix: its message, without a stack.
            process.stderr.write(
              `${e instanceof Error && e.name === 'GalatKunci' ? e.message : e instanceof Error ? e.stack : String(e)}\n`,
            );
            process.exitCode = 1;
          },
        );
        return 0;
      case 'pengguna':
      case 'audit':
      case 'cadangan':
        void (cmd === 'pengguna' ? jalankanPenggunaCli(rest) : cmd === 'audit' ? jalankanAuditCli(rest) : jalankanCadanganCli(rest)).then(
          (code) => {
            process.exitCode = code;
          },
          (e: unknown) => {
            // A bad DATA_DIR/DATABASE_URL or an unreachable server is the administrator's to fix: its message, without a stack.
            process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
            process.exitCode = 1;
          },
        );
        return 0;
      default:
        process.stderr.write(`${USAGE}\n`);
        return 2;
    }
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`Masukan tidak sah:\n${e.masalah.map((m) => `- ${m.field}: ${m.pesan}`).join('\n')}\n`);
      return 2;
    }
    if (e instanceof RuleError) {
      process.stderr.write(`Buku aturan tidak sah: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

/** An input document is a few kB (600 periods: about 60 kB); anything past this is not one. */
const MAKS_MASUKAN = 1024 * 1024;

/** The file (or stdin for "-") as text, or undefined when it is larger than MAKS_MASUKAN; never reads more. */
function bacaTerbatas(file: string): string | undefined {
  if (file !== '-') return statSync(file).size > MAKS_MASUKAN ? undefined : readFileSync(file, 'utf8');
  const buf = Buffer.alloc(MAKS_MASUKAN + 1);
  let n = 0;
  for (;;) {
    let k: number;
    try {
      k = readSync(0, buf, n, buf.length - n, null);
    } catch (e) {
      if ((e as { code?: string }).code === 'EAGAIN') continue;
      if ((e as { code?: string }).code === 'EOF') break;
      throw e;
    }
    if (k === 0) break;
    n += k;
    if (n > MAKS_MASUKAN) return undefined;
  }
  return buf.toString('utf8', 0, n);
}

/** The office's catalog (KATALOG_JF), as the web server merges it. */
function katalogJf(): string | undefined {
  return process.env.KATALOG_JF?.trim() || undefined;
}

export function inputJsonSchema(): unknown {
  return {
    $id: 'https://angka-kredit-jf.invalid/schema/masukan.schema.json',
    title: 'Masukan perhitungan Angka Kredit JF',
    ...z.toJSONSchema(masukanSchema, { io: 'input', unrepresentable: 'any' }),
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  process.exitCode = main(process.argv.slice(2));
}
