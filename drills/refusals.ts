/** The answers a traffic got other than the one it wanted, by HTTP status (0: the connection broke first). */
export class Refusals {
  private readonly byStatus = new Map<number, number>();

  add(status: number): void {
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
  }

  get total(): number {
    return [...this.byStatus.values()].reduce((sum, count) => sum + count, 0);
  }

  /** How many had a status other than these. */
  otherThan(allowed: number[]): number {
    return [...this.byStatus.entries()]
      .filter(([status]) => !allowed.includes(status))
      .reduce((sum, [, count]) => sum + count, 0);
  }

  toString(): string {
    return JSON.stringify(Object.fromEntries(this.byStatus));
  }
}
