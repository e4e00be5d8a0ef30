import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../common/default-settings';
import { settingsPatchSchema, settingsSchema } from '../../../common/settings';

describe('default settings', () => {
  it('follow the settings schema, key for key (they live apart from it so the page loads without zod)', () => {
    expect(settingsSchema.safeParse(defaultSettings).success).toBe(true);
    expect(settingsPatchSchema.safeParse(defaultSettings).success).toBe(true);
    expect(Object.keys(defaultSettings).sort()).toEqual(Object.keys(settingsSchema.def.shape).sort());
  });
});
