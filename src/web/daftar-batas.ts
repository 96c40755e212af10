// Login attempts, counted in memory per IP address and per user name: after too many failures in a
// window, further attempts are refused (429) until the oldest failure leaves the window. Each key has
// its own allowance: behind a reverse proxy every client shares the proxy's address, so the address
// gets more failures than a name before one typo-prone colleague locks the whole office out. Memory is
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

/** A counted key and the failures it may have in the window (default: maksGagal). */
export type KunciBatas = string | { kunci: string; maks: number };

export interface BatasMasuk {
  /** Milliseconds until an attempt for these keys is allowed again; 0 when it is allowed now. */
  tunggu(kunci: KunciBatas[]): number;
  gagal(kunci: KunciBatas[]): void;
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
      for (const x of kunci) {
        const [k, m] = typeof x === 'string' ? [x, maks] : [x.kunci, x.maks];
        const d = segar(k, t);
        if (d.length >= m) ms = Math.max(ms, d[d.length - m]! + jendela - t);
      }
      return ms;
    },
    gagal(kunci) {
      const t = sekarang();
      for (const x of kunci) {
        const [k, m] = typeof x === 'string' ? [x, maks] : [x.kunci, x.maks];
        const d = segar(k, t);
        d.push(t);
        gagalPada.delete(k);
        gagalPada.set(k, d.slice(-m));
        while (gagalPada.size > maksKunci) gagalPada.delete(gagalPada.keys().next().value!);
      }
    },
    berhasil(kunci) {
      for (const k of kunci) gagalPada.delete(k);
    },
  };
}
