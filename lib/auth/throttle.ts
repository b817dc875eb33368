/** Login throttling: after 5 failures for one account or 20 from one IP in 15 minutes, each further attempt waits 2^(n−5) s (or 2^(n−20) s), at most 15 minutes. */

export const throttleWindowMs = 15 * 60 * 1000;
const accountFreeFailures = 5;
const ipFreeFailures = 20;
const maxWaitMs = 15 * 60 * 1000;

type Failures = { failures: number; lastFailureAt: number | null };

function waitAfter(f: Failures, free: number): number {
  if (f.failures < free || f.lastFailureAt === null) return 0;
  return f.lastFailureAt + Math.min(maxWaitMs, 2 ** (f.failures - free) * 1000);
}

/** The time before which the next attempt is refused unheard, or 0 when it may go ahead. */
export function throttledUntil(account: Failures, ip: Failures): number {
  return Math.max(waitAfter(account, accountFreeFailures), waitAfter(ip, ipFreeFailures));
}
