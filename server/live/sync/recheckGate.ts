// Access re-checks of one socket, one at a time: while one runs the socket holds its incoming messages,
// a re-check asked for meanwhile runs right after it, and the messages go on only once access is confirmed.
export class RecheckGate {
  /** True while a re-check runs: the socket must queue what arrives. */
  held = false;
  private checking = false;
  private again = false;

  /** check answers true to keep the socket (false when it closed it); resume drains what was held. */
  constructor(
    private readonly check: () => Promise<boolean>,
    private readonly resume: () => void,
    private readonly failed: (err: unknown) => void,
  ) {}

  request(): void {
    this.held = true;
    if (this.checking) {
      this.again = true;
      return;
    }
    this.checking = true;
    this.run()
      .catch(this.failed)
      .finally(() => {
        this.checking = false;
      });
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      if (!(await this.check())) return;
    } while (this.again);
    this.held = false;
    this.resume();
  }
}
