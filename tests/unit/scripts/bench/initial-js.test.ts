import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialJsBytes } from '../../../../scripts/bench/measures.mjs';
import { useTempDir } from '../../../support/temp-dir';

const dir = useTempDir('kiosk-initial-js');

describe('the initial JavaScript the benchmark weighs', () => {
  it('counts the entry, the app chunk it starts and their static imports, once each; not the on-demand screens', async () => {
    const files: Record<string, string> = {
      'index.html': '<script type="module" crossorigin src="./assets/index-A1.js"></script><link rel="modulepreload" href="./assets/shared-C3.js">',
      'assets/index-A1.js': 'import{a}from"./shared-C3.js";const m=["./start-app-B2.js"];import("./start-app-B2.js");',
      'assets/start-app-B2.js': 'import{b}from"./shared-C3.js";import"./react-D4.js";const d=()=>import("./staff-panel-E5.js");',
      'assets/shared-C3.js': 'export const a=1,b=2;',
      'assets/react-D4.js': 'export default "react";'.repeat(50),
      'assets/staff-panel-E5.js': 'export const panel="never counted";',
    };
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(dir(), name, '..'), { recursive: true });
      await writeFile(join(dir(), name), text);
    }
    const { bytes, files: counted } = await initialJsBytes(dir());
    expect([...counted].sort()).toEqual(['assets/index-A1.js', 'assets/react-D4.js', 'assets/shared-C3.js', 'assets/start-app-B2.js']);
    const expected = counted.reduce((sum, name) => sum + gzipSync(Buffer.from(files[name] ?? '')).length, 0);
    expect(bytes).toBe(expected);
  });
});
