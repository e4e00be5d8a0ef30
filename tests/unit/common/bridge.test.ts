import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../common/bridge';
import { createBridgeByName } from '../../../common/bridge-by-name';
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

describe('bridge by name (the page, without the channel table)', () => {
  it('sends every channel of the table on the same wire name as the table-built bridge, and subscribes alike', async () => {
    const byTable: string[] = [];
    const byName: string[] = [];
    const tableBridge = createBridge(async (wire) => (byTable.push(wire), ok(null)), () => () => undefined);
    const nameBridge = createBridgeByName(async (wire) => (byName.push(wire), ok(null)), (wire) => (byName.push(`on ${wire}`), () => undefined));
    for (const name of channelNames) {
      await (tableBridge[name] as (request?: unknown) => Promise<unknown>)();
      await (nameBridge[name] as (request?: unknown) => Promise<unknown>)();
    }
    nameBridge.on('settingsChanged', () => undefined);
    expect(byName).toEqual([...byTable, 'on kiosk:settings-changed']);
    expect(await nameBridge.staffUnlock({ pin: '1' })).toEqual(ok(null));
  });

  it('is not a thenable, so awaiting or resolving it gives the bridge itself', async () => {
    const bridge = createBridgeByName(async () => ok(null), () => () => undefined);
    expect((bridge as unknown as { then?: unknown }).then).toBeUndefined();
    expect(await Promise.resolve(bridge)).toBe(bridge);
  });
});
