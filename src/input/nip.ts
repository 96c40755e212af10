// NIP PNS: 18 digits = tanggal lahir (8) + TMT CPNS tahun-bulan (6) + jenis kelamin (1) + nomor urut (3).
// Only the structure is checked; no register is consulted.

export function periksaNip(nip: string): string | undefined {
  const n = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(n)) return 'NIP harus terdiri atas 18 angka.';
  const [ly, lm, ld] = [Number(n.slice(0, 4)), Number(n.slice(4, 6)), Number(n.slice(6, 8))];
  const lahir = new Date(Date.UTC(ly, lm - 1, ld));
  if (ly < 1940 || lm < 1 || lm > 12 || lahir.getUTCMonth() !== lm - 1 || lahir.getUTCDate() !== ld) {
    return `NIP: 8 angka pertama (${n.slice(0, 8)}) harus tanggal lahir yang sah (TTTTBBHH).`;
  }
  const [cy, cm] = [Number(n.slice(8, 12)), Number(n.slice(12, 14))];
  if (cm < 1 || cm > 12 || cy < ly + 17 || cy > ly + 60) {
    return `NIP: angka ke-9 sampai ke-14 (${n.slice(8, 14)}) harus tahun dan bulan TMT CPNS yang masuk akal (paling cepat usia 17 tahun).`;
  }
  if (n[14] !== '1' && n[14] !== '2') return 'NIP: angka ke-15 adalah kode jenis kelamin dan harus 1 (pria) atau 2 (wanita).';
  if (n.slice(15) === '000') return 'NIP: tiga angka terakhir (nomor urut) tidak boleh 000.';
  return undefined;
}
