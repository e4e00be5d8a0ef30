/**
 * The one function of the qrcode library the kiosk uses, typed here for the renderer: @types/qrcode brings
 * Node's types along (/// <reference types="node" />), which would open the renderer's wall to Node.
 * renderer/tsconfig.json maps "qrcode" to this file.
 */
export interface BitMatrix {
  size: number;
  /** 1 for a dark module. */
  get(row: number, col: number): number;
}

export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): { modules: BitMatrix };
