/** A size for readers, in their language: "212 kB", "1.4 MB" (decimal units, as Intl names them). */
export function formatBytes(bytes: number, locale: string): string {
  const mega = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: mega ? "megabyte" : "kilobyte",
    unitDisplay: "short",
    maximumFractionDigits: mega ? 1 : 0,
  }).format(Math.max(bytes / (mega ? 1_000_000 : 1_000), mega ? 0 : 1));
}
