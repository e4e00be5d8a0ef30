/** Holds the last good content: a failed reload reports its problems and keeps what was running. */
import type { ContentRequest, KioskContent, Problem, Result } from '../contract';
import { loadContentFolder, type ContentFolders } from './content-loader';
import { localizeContent } from './content-localizer';
import type { ContentBundle } from './content-schema';

export interface ContentStore {
  /** Loads (or reloads) the folder; on failure the last good bundle stays in use. */
  reload(): Promise<Result<{ version: string; warnings: Problem[] }>>;
  get(request: ContentRequest): Result<KioskContent>;
  /** The live version (null before the first good load) and the last load's problems. */
  status(): { version: string | null; problems: Problem[] };
  readonly folders: ContentFolders;
}

export function createContentStore(folders: ContentFolders): ContentStore {
  let current: ContentBundle | null = null;
  let lastProblems: Problem[] = [];

  return {
    folders,
    async reload() {
      const outcome = await loadContentFolder(folders);
      if (!outcome.ok) {
        lastProblems = outcome.problems;
        return { ok: false, error: { code: 'content-invalid', message: `Content in ${folders.contentDir} is not valid`, problems: outcome.problems } };
      }
      current = outcome.bundle;
      lastProblems = outcome.warnings;
      return { ok: true, value: { version: outcome.bundle.version, warnings: outcome.warnings } };
    },
    status: () => ({ version: current?.version ?? null, problems: lastProblems }),
    get(request) {
      if (!current) {
        return { ok: false, error: { code: 'content-invalid', message: `Content in ${folders.contentDir} is not valid`, problems: lastProblems } };
      }
      return { ok: true, value: localizeContent(current, request.station, request.language) };
    },
  };
}
