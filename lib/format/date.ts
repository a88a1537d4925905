/** Formats an ISO date that may be partial (YYYY, YYYY-MM, YYYY-MM-DD) for a locale, in UTC. */
export function formatIsoDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d !== undefined
      ? { year: "numeric", month: "long", day: "numeric" }
      : m !== undefined
        ? { year: "numeric", month: "long" }
        : { year: "numeric" };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date);
}
