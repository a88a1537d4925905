/**
 * What a reader did not take from a file, and why: every element or column it does not map is
 * counted here ("transacGrp: 45 ignored (change history is not kept)"), never an error.
 */
export class ReadReport {
  readonly ignored = new Map<string, { what: string; count: number; why: string }>();
  readonly notes: string[] = [];
  private readonly tallies = new Map<string, number>();

  ignore(what: string, why: string, count = 1) {
    const key = `${what}\u0000${why}`;
    const entry = this.ignored.get(key) ?? { what, count: 0, why };
    entry.count += count;
    this.ignored.set(key, entry);
  }

  note(text: string) {
    this.notes.push(text);
  }

  /** Something assumed again and again (one line with its count, not one per concept). */
  tally(text: string) {
    this.tallies.set(text, (this.tallies.get(text) ?? 0) + 1);
  }

  /** The notes, with each tally as one line. */
  allNotes(): string[] {
    return [...this.notes, ...[...this.tallies].map(([text, n]) => `${text} (${n} ${n === 1 ? "time" : "times"})`)];
  }

  /** One line per kind of thing ignored, most frequent first. */
  lines(): string[] {
    return [...this.ignored.values()].sort((a, b) => b.count - a.count).map(({ what, count, why }) => `${what}: ${count} ignored (${why})`);
  }
}
