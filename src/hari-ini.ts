// "Today" for the civil service: the date in Western Indonesia Time (Asia/Jakarta), whatever the
// server's time zone. Read only at the edges (web, CLI) and passed to the engine as the calculation
// date; the engine never reads the clock. WIB is UTC+7 all year (no daylight saving since 1964), so
// plain arithmetic gives it; a time-zone Intl formatter made GET / load ICU's zone data during start-up.
export function todayInJakarta(sekarang: Date | number = Date.now()): string {
  const ms = typeof sekarang === 'number' ? sekarang : sekarang.getTime();
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
}
