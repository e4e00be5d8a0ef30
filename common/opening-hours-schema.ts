/** The rule an operator's or staff's opening hours must follow; the page only reads hours that passed it. */
import * as z from 'zod/mini';
import { DAY_NAMES, type OpeningHours } from './opening-hours';

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like "06:00" (24-hour clock)'));

export const openingHoursSchema = z.array(
  z
    .strictObject({
      days: z.array(z.enum(DAY_NAMES)).check(z.minLength(1, 'must name at least one day, like "mon"')),
      open: clockTime,
      close: clockTime,
    })
    .check(z.refine((span) => span.open !== span.close, 'open and close must differ')),
) satisfies z.ZodMiniType<OpeningHours>;
