/**
 * Runs once in Node before the component tests: loads the real content folder with the real services and
 * provides it, localized per station and language, to the tests in the browser. It also breaks a copy of the
 * folder the way an author might, so the error screen is tested with the problems the kiosk really reports.
 */
import { cp, mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { formatProblem } from '../../../common/result';
import { loadContentFolder } from '../../../main/services/content/content-loader';
import { localizeContent } from '../../../main/services/content/content-localizer';
import { createContentStore } from '../../../main/services/content/content-store';
import { editJson } from '../../support/content-copy';
import type { ContentByStation } from './provided-context';

export default async function setup(project: TestProject): Promise<void> {
  const root = project.config.root;
  const assetsDir = join(root, 'assets');
  const outcome = await loadContentFolder({ contentDir: join(root, 'content'), assetsDir });
  if (!outcome.ok) throw new Error(`The embedded content folder is not valid:\n${outcome.problems.map(formatProblem).join('\n')}`);
  const { bundle } = outcome;

  const kioskContent: ContentByStation = {};
  for (const station of bundle.stations.keys()) {
    kioskContent[station] = Object.fromEntries(bundle.languages.languages.map(({ code }) => [code, localizeContent(bundle, station, code)]));
  }
  project.provide('kioskContent', kioskContent);
  project.provide('brokenContentError', await loadBrokenCopy(join(root, 'content'), assetsDir));
}

/** Two errors and one warning, as an author makes them; the store's answer is what the error screen gets. */
async function loadBrokenCopy(contentDir: string, assetsDir: string) {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-components-'));
  try {
    const copy = join(dir, 'content');
    await cp(contentDir, copy, { recursive: true });
    await editJson(join(copy, 'locales/en/muscles.json'), (muscles) => {
      delete muscles.semimembranosus.origin;
    });
    await editJson(join(copy, 'exercises/kickback.json'), (exercise) => {
      exercise.video.file = 'video/kickback-final.webm';
    });
    // A missing translation file is only a warning: the error screen must not list it.
    await unlink(join(copy, 'locales/nl/stations.json'));
    const store = createContentStore({ contentDir: copy, assetsDir });
    await store.reload();
    const answer = store.get({ language: 'en', station: 'seated-leg-curl' });
    if (answer.ok) throw new Error('The broken content copy loaded without errors: the error screen tests would test nothing');
    return answer.error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
