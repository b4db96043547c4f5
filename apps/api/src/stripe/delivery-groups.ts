// Deliveries that arrive while the database is busy are applied together: up to `size` of them in
// one transaction, at most `concurrent` transactions at a time. A delivery that arrives when a slot
// is free starts one at once, so a lone delivery waits for nothing; under load the waiting ones
// form the next group (group commit), which saves a transaction, a commit and several statements
// per event. Each caller still gets its own event's answer once its group has committed.
export class DeliveryGroups<T> {
  private readonly waiting: T[] = [];
  private running = 0;

  constructor(
    private readonly apply: (group: T[]) => Promise<void>,
    private readonly limits: { concurrent: number; size: number },
  ) {}

  add(item: T): void {
    this.waiting.push(item);
    this.startGroups();
  }

  private startGroups(): void {
    while (this.running < this.limits.concurrent && this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.limits.size);
      this.running++;
      // `apply` answers every caller of its group itself, errors included; nothing is left to catch.
      void this.apply(group).finally(() => {
        this.running--;
        this.startGroups();
      });
    }
  }
}
