/** Types for report.mjs (its unit test uses them). */
export interface Row {
  figure: string;
  kiosk: string;
  floor: string;
  ratio: string;
  target: string;
  ok: boolean;
  raw: { kiosk: number; floor: number; ratio: number };
}
export function row(options: { figure: string; unit: string; kiosk: number; floor: number; maxRatio?: number; maxValue?: number }): Row;
export function markdownTable(rows: Row[], caption: string): string;
export function printTable(rows: Row[]): void;
