/** Things a benchmark started, stopped in reverse order on success, error or Ctrl-C. */
type Step = () => unknown;
const steps: Step[] = [];
let running: Promise<void> | undefined;
let interrupted = false;

export function onCleanup(step: Step): () => void {
  steps.push(step);
  return () => {
    const at = steps.indexOf(step);
    if (at >= 0) steps.splice(at, 1);
  };
}

export function cleanup(): Promise<void> {
  running ??= (async () => {
    while (steps.length) {
      try {
        await steps.pop()!();
      } catch (error) {
        console.error("cleanup:", error instanceof Error ? error.message : error);
      }
    }
  })();
  return running;
}

/** Runs `main`, always cleaning up; Ctrl-C and SIGTERM clean up too, then exit. */
export function runCli(main: () => Promise<void>): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\n${signal}: stopping what was started...`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  main()
    .catch((error) => {
      // After Ctrl-C, whatever was in progress fails as its server goes away: not worth a stack trace.
      if (interrupted) return;
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    })
    .finally(async () => {
      await cleanup();
      process.exit(interrupted ? 130 : undefined);
    });
}
