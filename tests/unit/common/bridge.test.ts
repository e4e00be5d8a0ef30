import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../common/bridge';
import { channelNames } from '../../../common/channels';
import { ok } from '../../../common/result';

describe('bridge from the channel table', () => {
  it('has one method per channel that sends its request on the wire name, and on() for events', async () => {
    const sent: Array<[string, unknown]> = [];
    const subscribed: string[] = [];
    const bridge = createBridge(
      async (wire, request) => {
        sent.push([wire, request]);
        return ok(wire);
      },
      (wire) => {
        subscribed.push(wire);
        return () => undefined;
      },
    );
    expect(Object.keys(bridge).sort()).toEqual([...channelNames, 'on'].sort());
    expect(await bridge.staffUnlock({ pin: '2468' })).toEqual(ok('kiosk:staff-unlock'));
    await bridge.staffStatus();
    bridge.on('contentChanged', () => undefined);
    expect(sent).toEqual([
      ['kiosk:staff-unlock', { pin: '2468' }],
      ['kiosk:staff-status', undefined],
    ]);
    expect(subscribed).toEqual(['kiosk:content-changed']);
  });

  it('hands each event payload to its listener and stops with the returned function', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const bridge = createBridge(async () => ok(null), (wire, listener) => {
      listeners.set(wire, listener);
      return () => listeners.delete(wire);
    });
    const versions: string[] = [];
    const stop = bridge.on('contentChanged', ({ version }) => versions.push(version));
    listeners.get('kiosk:content-changed')?.({ version: 'a1' });
    stop();
    expect(versions).toEqual(['a1']);
    expect(listeners.size).toBe(0);
  });
});
