/** Holds the last good content: a failed reload reports its problems and keeps what was running. */
import type { ContentRequest, KioskContent, UiText } from '../../../common/content-view';
import { fail, ok, type Problem, type Result } from '../../../common/result';
import { loadContentFolder, type ContentFolders } from './content-loader';
import { localizeContent } from './content-localizer';
import type { ContentBundle } from './content-schema';

export type ReloadResult = Result<{ version: string; warnings: Problem[] }>;

export interface ContentStatus {
  /** The live version; null before the first good load. */
  version: string | null;
  /** The last load's problems (errors mean the live version is older than the folder). */
  problems: Problem[];
}

export interface ContentStore {
  /** Loads the folder again; on failure the last good bundle stays in use. Reloads run one at a time. */
  reload(): Promise<ReloadResult>;
  get(request: ContentRequest): Result<KioskContent>;
  status(): ContentStatus;
  /** The interface's words in a language: its ui.json, else the fallback language's, else null. */
  uiText(language: string): UiText | null;
  /** Loads other folders (a content release); only when they are valid do they replace what is shown. */
  use(folders: ContentFolders): Promise<ReloadResult>;
  /** The folders the content on screen comes from. */
  readonly folders: ContentFolders;
}

export interface ContentStoreOptions {
  /** Told after every load, with whether a new version went live. */
  onLoaded?: (outcome: ReloadResult, status: ContentStatus, versionChanged: boolean) => void;
}

const NOT_VALID = 'The content folder is not valid: staff find each problem in the diagnostics.';

export function createContentStore(initialFolders: ContentFolders, options: ContentStoreOptions = {}): ContentStore {
  let folders = initialFolders;
  let current: ContentBundle | null = null;
  let lastProblems: Problem[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const status = (): ContentStatus => ({ version: current?.version ?? null, problems: lastProblems });

  async function load(from: ContentFolders = folders): Promise<ReloadResult> {
    const outcome = await loadContentFolder(from);
    const previousVersion = current?.version ?? null;
    let result: ReloadResult;
    if (outcome.ok) {
      current = outcome.bundle;
      folders = from;
      lastProblems = outcome.warnings;
      result = ok({ version: outcome.bundle.version, warnings: outcome.warnings });
    } else {
      lastProblems = outcome.problems;
      result = fail('content-invalid', NOT_VALID, { problems: outcome.problems });
    }
    options.onLoaded?.(result, status(), (current?.version ?? null) !== previousVersion);
    return result;
  }

  /** One load at a time: a reload and a switch never race. */
  const queued = (run: () => Promise<ReloadResult>): Promise<ReloadResult> => {
    const next = queue.then(run, run);
    queue = next;
    return next;
  };

  return {
    get folders() {
      return folders;
    },
    reload: () => queued(() => load()),
    use: (next) => queued(() => load(next)),
    status,
    uiText: (language) => current?.ui.get(language) ?? current?.ui.get(current.languages.fallback) ?? null,
    get(request) {
      if (!current) return fail('content-invalid', NOT_VALID, { problems: lastProblems });
      return ok(localizeContent(current, request.station, request.language));
    },
  };
}
