// Core budget: one million CAPAIAN + PREDIKAT evaluations, through the custom
// function wrappers (with the Node CustomFunctions stub) and through the core.
import { performance } from "perf_hooks";
import "../tests/support/custom-functions-stub";
import { CAPAIAN, PREDIKAT } from "../src/functions/functions";
import { getPreset, hitungCapaian, predikat } from "../src/core";
import type { BenchRow } from "./types";

const N = 1_000_000;

// Varied inputs so neither path is measured on one constant case.
const targets = Array.from({ length: 1024 }, (_, i) => 50 + (i % 97));
const realisasi = Array.from({ length: 1024 }, (_, i) => (i * 37) % 160);

function viaFunctions(): { ms: number; check: number } {
  let check = 0;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const k = i & 1023;
    const c = CAPAIAN(targets[k], realisasi[k], k % 5 === 0 ? "Turun" : undefined);
    const p = PREDIKAT(c);
    check += p.length;
  }
  return { ms: performance.now() - t0, check };
}

function viaCore(): { ms: number; check: number } {
  const scale = getPreset("PERMENDAGRI86");
  if (!scale.ok) throw new Error(scale.error.message);
  let check = 0;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const k = i & 1023;
    const c = hitungCapaian(targets[k], realisasi[k], { arah: k % 5 === 0 ? "Turun" : "Naik" });
    if (c.ok) {
      const p = predikat(c.value, scale.value);
      if (p.ok) check += p.value.length;
    }
  }
  return { ms: performance.now() - t0, check };
}

export async function run(): Promise<BenchRow[]> {
  viaCore(); // warm up the JIT once for both paths
  viaFunctions();
  const fungsi = viaFunctions();
  const inti = viaCore();
  if (fungsi.check !== inti.check) {
    throw new Error("Hasil fungsi kustom dan inti berbeda");
  }
  return [
    {
      area: "Inti",
      metric: "1 juta CAPAIAN + PREDIKAT (fungsi kustom)",
      value: fungsi.ms,
      unit: "ms",
      note: `${((fungsi.ms * 1000) / N).toFixed(2)} µs per pasang`,
    },
    {
      area: "Inti",
      metric: "1 juta hitungCapaian + predikat (inti)",
      value: inti.ms,
      unit: "ms",
      note: `${((inti.ms * 1000) / N).toFixed(2)} µs per pasang`,
    },
  ];
}
