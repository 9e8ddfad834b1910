/** Cases per id (or uses per spelling). */
export class Counter {
  /** Boxed, so that adding to a known id is one map lookup rather than a get and a set: the pass is mostly this. */
  private readonly counts = new Map<string, { count: number }>();

  add(id: string): void {
    const entry = this.counts.get(id);
    if (entry === undefined) this.counts.set(id, { count: 1 });
    else entry.count += 1;
  }

  get(id: string): number {
    return this.counts.get(id)?.count ?? 0;
  }

  /** Every id with its count, in the order first added. */
  *entries(): IterableIterator<[string, number]> {
    for (const [id, entry] of this.counts) yield [id, entry.count];
  }

  /** How many ids have at least one case. */
  get size(): number {
    return this.counts.size;
  }
}
