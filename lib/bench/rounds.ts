import type { Stats } from "./load";

/**
 * The order of one round's measurements: as listed in even rounds, reversed in odd ones. This machine's speed drifts
 * by more than the gaps the ratios look for (the same page ran at 20,000 and 13,000 req/s half an hour apart), so rates
 * to be compared are measured in turns, not one after the other, and a drift during a round weighs on both ends alike.
 */
export function roundOrder<T>(measurements: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...measurements] : [...measurements].reverse();
}

/**
 * One measurement over its rounds, each of the same length: the mean rate, the totals, the median round's p50 and the
 * worst round's p99 (the rounds' latencies are not kept, so a p99 over all of them cannot be had; the worst is the
 * cautious figure).
 */
export function combineRounds(rounds: readonly Stats[]): Stats {
  if (rounds.length === 0) throw new Error("combineRounds needs at least one round.");
  const sum = (pick: (stats: Stats) => number) => rounds.reduce((total, stats) => total + pick(stats), 0);
  const p50s = rounds.map((stats) => stats.p50).sort((a, b) => a - b);
  return {
    rps: sum((stats) => stats.rps) / rounds.length,
    p50: p50s[Math.floor((p50s.length - 1) / 2)],
    p99: Math.max(...rounds.map((stats) => stats.p99)),
    non2xx: sum((stats) => stats.non2xx),
    errors: sum((stats) => stats.errors),
    total: sum((stats) => stats.total),
  };
}
