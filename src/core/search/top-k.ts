// The best few of many scored positions, kept in a heap instead of sorting them all.

/**
 * The best `size` of many (score, position) pairs: higher score first, then lower position, the
 * order a full sort would give. A heap whose root is the worst pair kept.
 */
export class TopK {
  private readonly scores: number[] = [];
  private readonly ats: number[] = [];

  constructor(private readonly size: number) {}

  /** Is pair i worse than pair j (lower score, or the same score further on)? */
  private worse(i: number, j: number): boolean {
    const { scores, ats } = this;
    return scores[i]! < scores[j]! || (scores[i] === scores[j] && ats[i]! > ats[j]!);
  }

  private swap(i: number, j: number): void {
    const { scores, ats } = this;
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
    [ats[i], ats[j]] = [ats[j]!, ats[i]!];
  }

  offer(score: number, at: number): void {
    const { scores, ats } = this;
    if (scores.length < this.size) {
      scores.push(score);
      ats.push(at);
      for (let i = scores.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    // Not better than the worst kept: dropped (positions come in no order, so compare both).
    if (this.size === 0 || score < scores[0]! || (score === scores[0] && at > ats[0]!)) return;
    scores[0] = score;
    ats[0] = at;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < scores.length && this.worse(l, worst)) worst = l;
      if (r < scores.length && this.worse(r, worst)) worst = r;
      if (worst === i) break;
      this.swap(i, worst);
      i = worst;
    }
  }

  /** The pairs kept, best first. */
  sorted(): { score: number; at: number }[] {
    return this.scores.map((score, i) => ({ score, at: this.ats[i]! })).sort((a, b) => b.score - a.score || a.at - b.at);
  }
}
