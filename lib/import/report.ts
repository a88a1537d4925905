/**
 * What a reader did not take from a file, and why: every element or column it does not map is
 * counted here ("transacGrp: 45 ignored (change history is not kept)"), never an error.
 */
export class ReadReport {
  readonly ignored = new Map<string, { count: number; why: string }>();
  readonly notes: string[] = [];

  ignore(what: string, why: string, count = 1) {
    const entry = this.ignored.get(what) ?? { count: 0, why };
    entry.count += count;
    this.ignored.set(what, entry);
  }

  note(text: string) {
    this.notes.push(text);
  }

  /** One line per kind of thing ignored, most frequent first. */
  lines(): string[] {
    return [...this.ignored.entries()].sort((a, b) => b[1].count - a[1].count).map(([what, { count, why }]) => `${what}: ${count} ignored (${why})`);
  }
}
