// The part of autocannon 8 the API benchmark uses (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; p50: number; p97_5: number; p99: number };
  type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number };
  export default function autocannon(
    options: { url: string; connections: number } & ({ duration: number } | { amount: number }),
  ): Promise<Result>;
}
