import { expect, it } from 'vitest';
import { render } from 'vitest-browser-react';

it('renders in a real browser', async () => {
  const screen = await render(<button type="button">Hello</button>);
  await expect.element(screen.getByRole('button', { name: 'Hello' })).toBeVisible();
  expect(navigator.userAgent).toContain('Chrome');
});
