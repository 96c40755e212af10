// Login attempts, counted in memory per IP address and per user name: after too many failures in a
// window, further attempts are refused (429) until the oldest failure leaves the window. Memory is
// bounded: past `maksKunci` keys the least recently touched are dropped (an attacker who floods names
// then only forgets his own earliest names). One process counts its own attempts; several instances
// each count theirs, which multiplies the allowance by their number (README, register section).

export interface OpsiBatasMasuk {
  /** Failures allowed in the window; the next attempt is refused. */
  maksGagal?: number;
  jendelaMs?: number;
  maksKunci?: number;
  /** The clock, replaceable in tests (no timed assertions). */
  sekarang?: () => number;
}

export interface BatasMasuk {
  /** Milliseconds until an attempt for these keys is allowed again; 0 when it is allowed now. */
  tunggu(kunci: string[]): number;
  gagal(kunci: string[]): void;
  /** A successful login forgets the failures counted for these keys. */
  berhasil(kunci: string[]): void;
}

export function batasMasuk(o: OpsiBatasMasuk = {}): BatasMasuk {
  const maks = o.maksGagal ?? 5;
  const jendela = o.jendelaMs ?? 15 * 60 * 1000;
  const maksKunci = o.maksKunci ?? 10_000;
  const sekarang = o.sekarang ?? Date.now;
  // Map keeps insertion order: re-inserting a key on every touch makes the first key the stalest.
  const gagalPada = new Map<string, number[]>();

  const segar = (k: string, t: number): number[] => {
    const daftar = (gagalPada.get(k) ?? []).filter((x) => t - x < jendela);
    if (daftar.length === 0) gagalPada.delete(k);
    return daftar;
  };

  return {
    tunggu(kunci) {
      const t = sekarang();
      let ms = 0;
      for (const k of kunci) {
        const d = segar(k, t);
        if (d.length >= maks) ms = Math.max(ms, d[d.length - maks]! + jendela - t);
      }
      return ms;
    },
    gagal(kunci) {
      const t = sekarang();
      for (const k of kunci) {
        const d = segar(k, t);
        d.push(t);
        gagalPada.delete(k);
        gagalPada.set(k, d.slice(-maks));
        while (gagalPada.size > maksKunci) gagalPada.delete(gagalPada.keys().next().value!);
      }
    },
    berhasil(kunci) {
      for (const k of kunci) gagalPada.delete(k);
    },
  };
}
