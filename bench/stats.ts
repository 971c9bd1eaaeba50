/** Small helpers shared by the benchmarks: timing percentiles and aligned output. */
export function percentiles(samplesMs: number[]): { p50: number; p95: number; p99: number; max: number } {
  const s = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s.at(-1) ?? 0 };
}

export async function timeEach(times: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

export function report(name: string, samplesMs: number[], extra = ''): void {
  const p = percentiles(samplesMs);
  console.log(
    `${name.padEnd(44)} p50 ${fmt(p.p50).padStart(10)}  p95 ${fmt(p.p95).padStart(10)}  max ${fmt(p.max).padStart(10)}${extra ? `  ${extra}` : ''}`,
  );
}
