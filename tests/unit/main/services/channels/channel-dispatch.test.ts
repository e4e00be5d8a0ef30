import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../../../common/result';
import { createDispatch, SESSION_ENDED, type ChannelHandlers } from '../../../../../main/services/channels/channel-dispatch';

/** Every handler answers with its own name, so a test sees which one ran and with what. */
function recordingHandlers(): { handlers: ChannelHandlers; calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  const handlers = new Proxy({} as ChannelHandlers, {
    get: (_target, name: string) => async (request: unknown) => {
      calls.push([name, request]);
      return ok(name);
    },
  });
  return { handlers, calls };
}

describe('channel dispatch', () => {
  it('validates the request and passes the parsed request to the channel\'s handler', async () => {
    const { handlers, calls } = recordingHandlers();
    const dispatch = createDispatch(handlers, () => true);
    expect(await dispatch('kiosk:get-content', { language: 'de', station: 'cable-station' })).toEqual(ok('getContent'));
    expect(calls).toEqual([['getContent', { language: 'de', station: 'cable-station' }]]);
  });

  it('refuses a request that does not match its schema, naming the field, and runs nothing', async () => {
    const { handlers, calls } = recordingHandlers();
    const result = await createDispatch(handlers, () => true)('kiosk:save-settings', { token: 't', patch: { volume: 'loud' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^kiosk:save-settings: patch\.volume /) } });
    expect(calls).toEqual([]);
  });

  it('refuses a staff channel without a live session, and never asks for one on a member channel', async () => {
    const { handlers, calls } = recordingHandlers();
    const isStaff = vi.fn((token: string) => token === 'live');
    const dispatch = createDispatch(handlers, isStaff);
    expect(await dispatch('kiosk:get-diagnostics', { token: 'stale' })).toEqual(fail('forbidden', SESSION_ENDED));
    expect(await dispatch('kiosk:get-diagnostics', { token: 'live' })).toEqual(ok('getDiagnostics'));
    await dispatch('kiosk:staff-status', undefined);
    expect(isStaff.mock.calls).toEqual([['stale'], ['live']]);
    expect(calls.map(([name]) => name)).toEqual(['getDiagnostics', 'staffStatus']);
  });

  it('answers unknown and prototype names with a bad request', async () => {
    const { handlers, calls } = recordingHandlers();
    const dispatch = createDispatch(handlers, () => true);
    for (const wire of ['kiosk:nope', 'constructor', '__proto__', 'kiosk:constructor', 'toString', 'getSettings']) {
      expect(await dispatch(wire, undefined)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(calls).toEqual([]);
  });

  it('turns a handler\'s exception into an internal error without its message or stack, and logs the detail', async () => {
    const log = vi.fn();
    const handlers = { getSettings: async () => Promise.reject(new Error('EACCES: permission denied, open \'/var/lib/kiosk/settings.json\'')) } as unknown as ChannelHandlers;
    const result = await createDispatch(handlers, () => true, log)('kiosk:get-settings', undefined);
    expect(result).toEqual(fail('internal', 'kiosk:get-settings failed; the kiosk log has the details.'));
    expect(log.mock.calls[0]?.[0]).toContain('/var/lib/kiosk/settings.json');
  });
});
