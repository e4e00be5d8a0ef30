import { describe, expect, it, vi } from 'vitest';
import { createPushEvents } from '../../../../main/services/push-events';

describe('push events', () => {
  it('hands each event to every listener until it stops listening', () => {
    const events = createPushEvents();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = events.subscribe(first);
    events.subscribe(second);
    events.emit('contentChanged', { version: 'a' });
    stopFirst();
    events.emit('forceReset', null);
    expect(first.mock.calls).toEqual([['contentChanged', { version: 'a' }]]);
    expect(second.mock.calls).toEqual([['contentChanged', { version: 'a' }], ['forceReset', null]]);
  });

  it('replays the latest state of each kind to a late listener that asks, but never a reset', () => {
    const events = createPushEvents();
    events.emit('contentChanged', { version: 'a' });
    events.emit('contentChanged', { version: 'b' });
    events.emit('forceReset', null);
    const late = vi.fn();
    events.subscribe(late, { replayLatest: true });
    expect(late.mock.calls).toEqual([['contentChanged', { version: 'b' }]]);
    const plain = vi.fn();
    events.subscribe(plain);
    expect(plain).not.toHaveBeenCalled();
  });

  it('keeps delivering to the others when one listener throws, and logs it', () => {
    const log = vi.fn();
    const events = createPushEvents(log);
    const after = vi.fn();
    events.subscribe(() => {
      throw new Error('socket closed');
    });
    events.subscribe(after);
    events.emit('forceReset', null);
    expect(after).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith('push of forceReset failed: socket closed');
  });
});

describe('push events, replay order', () => {
  it('replays settings first, then content, then status, whatever order they were sent in', () => {
    const events = createPushEvents();
    events.emit('statusChanged', { contentVersion: 'a', contentProblems: [], settingsProblems: [] });
    events.emit('contentChanged', { version: 'a' });
    events.emit('settingsChanged', { volume: 1 } as never);
    const late = vi.fn();
    events.subscribe(late, { replayLatest: true });
    expect(late.mock.calls.map(([event]) => event)).toEqual(['settingsChanged', 'contentChanged', 'statusChanged']);
  });
});
