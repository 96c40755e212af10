// "Today" for the civil service: the date in Western Indonesia Time (Asia/Jakarta), whatever the
// server's time zone. Read only at the edges (web, CLI) and passed to the engine as the calculation
// date; the engine never reads the clock.
export function hariIniWib(sekarang: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(sekarang);
}
