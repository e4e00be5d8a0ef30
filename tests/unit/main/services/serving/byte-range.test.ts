import { describe, expect, it } from 'vitest';
import { rangeResponseHeaders, resolveByteRange } from '../../../../../main/services/serving/byte-range';

describe('byte ranges', () => {
  it('reads the three single-range forms', () => {
    expect(resolveByteRange('bytes=2-5', 10)).toEqual({ kind: 'range', start: 2, end: 5 });
    expect(resolveByteRange('bytes=4-', 10)).toEqual({ kind: 'range', start: 4, end: 9 });
    expect(resolveByteRange('bytes=-3', 10)).toEqual({ kind: 'range', start: 7, end: 9 });
  });

  it('clamps an end past the file and a suffix longer than it', () => {
    expect(resolveByteRange('bytes=8-100', 10)).toEqual({ kind: 'range', start: 8, end: 9 });
    expect(resolveByteRange('bytes=-50', 10)).toEqual({ kind: 'range', start: 0, end: 9 });
  });

  it('answers the whole file to no header, a malformed one and a multi-range', () => {
    expect(resolveByteRange(undefined, 10)).toEqual({ kind: 'whole' });
    expect(resolveByteRange('bytes=-', 10)).toEqual({ kind: 'whole' });
    expect(resolveByteRange('items=1-2', 10)).toEqual({ kind: 'whole' });
    expect(resolveByteRange('bytes=0-1,4-5', 10)).toEqual({ kind: 'whole' });
  });

  it('takes a header with the blanks a client or proxy may leave around it, and no other unit glued in front', () => {
    expect(resolveByteRange('  bytes=2-5 ', 10)).toEqual({ kind: 'range', start: 2, end: 5 });
    expect(resolveByteRange('xbytes=2-5', 10)).toEqual({ kind: 'whole' });
    expect(resolveByteRange('bytes=2-5x', 10)).toEqual({ kind: 'whole' });
  });

  it('an empty file is always answered whole: it has no byte a range could name', () => {
    expect(resolveByteRange('bytes=0-1', 0)).toEqual({ kind: 'whole' });
    expect(resolveByteRange('bytes=-5', 0)).toEqual({ kind: 'whole' });
  });

  it('refuses a range that starts past the end or runs backwards', () => {
    expect(resolveByteRange('bytes=11-20', 10)).toEqual({ kind: 'unsatisfiable' });
    expect(resolveByteRange('bytes=10-', 10)).toEqual({ kind: 'unsatisfiable' });
    expect(resolveByteRange('bytes=6-2', 10)).toEqual({ kind: 'unsatisfiable' });
  });

  it('RFC 9110 §14.1.1 edges: the first and last byte, an open range from 0, a zero suffix, leading zeros, numbers past 2^53', () => {
    expect(resolveByteRange('bytes=0-0', 10)).toEqual({ kind: 'range', start: 0, end: 0 });
    expect(resolveByteRange('bytes=9-9', 10)).toEqual({ kind: 'range', start: 9, end: 9 });
    expect(resolveByteRange('bytes=0-', 10)).toEqual({ kind: 'range', start: 0, end: 9 });
    expect(resolveByteRange('bytes=-1', 1)).toEqual({ kind: 'range', start: 0, end: 0 });
    expect(resolveByteRange('bytes=-0', 10)).toEqual({ kind: 'unsatisfiable' });
    expect(resolveByteRange('bytes=007-008', 10)).toEqual({ kind: 'range', start: 7, end: 8 });
    expect(resolveByteRange('bytes=0-99999999999999999999', 10)).toEqual({ kind: 'range', start: 0, end: 9 });
    expect(resolveByteRange('bytes=-99999999999999999999', 10)).toEqual({ kind: 'range', start: 0, end: 9 });
    expect(resolveByteRange('bytes=99999999999999999999-', 10)).toEqual({ kind: 'unsatisfiable' });
    expect(resolveByteRange(null, 10)).toEqual({ kind: 'whole' });
  });

  it('gives 206 with Content-Range, 200 with Accept-Ranges, 416 with the size', () => {
    expect(rangeResponseHeaders({ kind: 'range', start: 2, end: 5 }, 10)).toEqual({
      status: 206,
      headers: { 'Accept-Ranges': 'bytes', 'Content-Range': 'bytes 2-5/10', 'Content-Length': '4' },
    });
    expect(rangeResponseHeaders({ kind: 'whole' }, 10)).toEqual({ status: 200, headers: { 'Accept-Ranges': 'bytes', 'Content-Length': '10' } });
    expect(rangeResponseHeaders({ kind: 'unsatisfiable' }, 10)).toEqual({ status: 416, headers: { 'Content-Range': 'bytes */10' } });
  });
});
