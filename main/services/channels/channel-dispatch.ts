/**
 * Turns one wire message into a handler call, for both transports: the channel is looked up in the shared
 * table, the request validated with its schema, a staff channel's session checked, and any exception turned
 * into an error value, so a caller never sees a throw and never a stack or a path.
 */
import { channelForWireName, channels, type ChannelName, type RequestOf, type ResponseOf } from '../../../common/channels';
import { fail, type Result } from '../../../common/result';
import { describeFirstIssue } from '../problems';

/** One handler per channel; the type checker refuses a handler that does not match its table entry. */
export type ChannelHandlers = { [C in ChannelName]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };

/** Handles one message named by its wire name (`kiosk:save-settings`). */
export type Dispatch = (wire: string, payload: unknown) => Promise<Result<unknown>>;

export const SESSION_ENDED = 'The staff session has ended: enter the PIN again.';

export function createDispatch(handlers: ChannelHandlers, isStaffSession: (token: string) => boolean, log: (message: string) => void = () => undefined): Dispatch {
  return async (wire, payload) => {
    const name = channelForWireName(wire);
    if (!name) return fail('bad-request', `Unknown channel "${wire.slice(0, 60)}"`);
    const spec = channels[name];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) return fail('bad-request', `${wire}: ${describeFirstIssue(parsed.error)}`);
    if (spec.staff && !isStaffSession((parsed.data as { token: string }).token)) return fail('forbidden', SESSION_ENDED);
    try {
      return await (handlers[name] as (request: unknown) => Promise<Result<unknown>>)(parsed.data);
    } catch (error) {
      log(`${wire} failed: ${(error as Error).stack ?? String(error)}`);
      return fail('internal', `${wire} failed; the kiosk log has the details.`);
    }
  };
}
