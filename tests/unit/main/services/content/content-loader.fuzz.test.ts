/**
 * A hostile content folder: property-based fuzzing of loadContentFolder with fast-check. One copy of the real
 * content/ and assets/ folders is mutated per case (1 to 3 mutations: truncated, random or BOM-prefixed bytes,
 * JSON of the wrong shape or nested deep, prototype names as ids and keys, huge strings, a file over the size
 * limit, a folder, a named pipe, links out of the folder, to a folder or to themselves, missing files, extra
 * records named like prototype keys, media cut to a few hundred bytes) and restored from a pristine copy after it.
 *
 * The property: the loader always resolves, in time; every problem is one line with a file, a field and a reason,
 * none holding an absolute path of this machine; an unloadable outcome says why with an error; a single file that
 * cannot be read at all (or a WebM cut short) is named by a problem; and the unmutated folder loads clean.
 */
import { execFileSync } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../../../../common/result';
import { loadContentFolder, type LoadOutcome } from '../../../../../main/services/content/content-loader';
import { MAX_JSON_BYTES } from '../../../../../main/services/files/json-file';
import { EMBEDDED_ASSETS } from '../../../../support/content-copy';

const NUM_RUNS = Number(process.env.CONTENT_FUZZ_RUNS ?? 1000);
/** A load of the whole folder takes some 40 ms; anything near this is a hang. */
const CASE_TIMEOUT_MS = 10_000;
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', '__defineGetter__'] as const;

type Tree = 'content' | 'assets';
type TargetKind = 'json' | 'media' | 'dir';
interface Target {
  tree: Tree;
  rel: string;
  kind: TargetKind;
}

type JsonEdit =
  | { edit: 'set'; node: number; value: unknown }
  | { edit: 'add-key'; node: number; key: string; value: unknown }
  | { edit: 'rename-key'; node: number; key: string }
  | { edit: 'delete'; node: number }
  | { edit: 'huge'; node: number; length: number };

type LinkTo = 'passwd' | 'outside-file' | 'outside-dir' | 'inside-dir' | 'self' | 'dangling' | 'sibling';

type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'shorten'; bytes: number }
  | { op: 'bytes'; bytes: Uint8Array }
  | { op: 'bom' }
  | { op: 'crlf'; at: number }
  | { op: 'replace'; text: string }
  | { op: 'nest'; depth: number; open: '[' | '{"a":' }
  | { op: 'json'; change: JsonEdit }
  | { op: 'oversize' }
  | { op: 'folder' }
  | { op: 'fifo' }
  | { op: 'missing' }
  | { op: 'link'; to: LinkTo };

type Extra = { op: 'extra'; kind: 'stations' | 'muscles' | 'exercises'; name: string; form: 'copy-with-id' | 'copy' | 'folder' | 'fifo' | 'link-passwd' };

type Step = { target: Target; mutation: Mutation } | { extra: Extra };

/**
 * A mutation that leaves the file there but unreadable as a file: the loader must name it. (A dangling link counts
 * as a missing file, which for the optional audio.json is no problem at all: the kiosk is silent then.)
 */
const UNREADABLE = new Set(['folder', 'fifo', 'passwd', 'outside-file', 'outside-dir', 'inside-dir', 'self']);

// ——— the folders ———

let root = '';
let live: Record<Tree, string>;
let pristine: Record<Tree, string>;
let outsideDir = '';
let forbidden: string[] = [];
let targets: Target[] = [];

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

function load(): Promise<LoadOutcome> {
  return loadContentFolder({ contentDir: live.content, assetsDir: live.assets });
}

/** Resolves with the outcome, or rejects when the loader neither resolves nor rejects in time. */
async function loadInTime(): Promise<LoadOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`loadContentFolder did not settle within ${CASE_TIMEOUT_MS} ms`)), CASE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([load(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Removes a path of the live copy without ever following a link. */
async function remove(path: string): Promise<void> {
  const info = await lstat(path).catch(() => null);
  if (!info) return;
  if (info.isDirectory()) await rm(path, { recursive: true, force: true });
  else await unlink(path);
}

/** True when every folder from the tree's root down to `path`'s parent is a real folder, not a link. */
async function parentsAreRealFolders(tree: Tree, rel: string): Promise<boolean> {
  const parts = rel.split('/').slice(0, -1);
  let path = live[tree];
  for (const part of parts) {
    path = join(path, part);
    const info = await lstat(path).catch(() => null);
    if (!info?.isDirectory() || info.isSymbolicLink()) return false;
  }
  return true;
}

// ——— JSON edits ———

type JsonContainer = Record<string, unknown> | unknown[];

type JsonNode = { value: unknown; parent: JsonContainer | null; key: string | number | null };

/** Every value of a parsed JSON document with its parent, in document order; iterative, as a nest mutation makes documents thousands of levels deep. */
function nodesOf(document: unknown): JsonNode[] {
  const out: JsonNode[] = [];
  const pending: JsonNode[] = [{ value: document, parent: null, key: null }];
  while (pending.length > 0) {
    const node = pending.pop() as JsonNode;
    out.push(node);
    const { value } = node;
    const children: JsonNode[] = Array.isArray(value)
      ? value.map((child, index) => ({ value: child, parent: value, key: index }))
      : value && typeof value === 'object'
        ? Object.entries(value).map(([name, child]) => ({ value: child, parent: value as Record<string, unknown>, key: name }))
        : [];
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index] as JsonNode);
  }
  return out;
}

/** Sets an own property, even one named `__proto__`, so JSON.stringify writes it as a key. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyJsonEdit(text: string, change: JsonEdit): string | null {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const nodes = nodesOf(document);
  const picked = nodes[change.node % nodes.length];
  if (!picked) return null;
  const replace = (value: unknown) => {
    if (!picked.parent) document = value;
    else if (Array.isArray(picked.parent)) picked.parent[picked.key as number] = value;
    else defineOwn(picked.parent, picked.key as string, value);
  };
  // The object an added or renamed key goes to: the picked node if it is one, else its parent.
  const objectOf = (): Record<string, unknown> | null => {
    if (picked.value && typeof picked.value === 'object' && !Array.isArray(picked.value)) return picked.value as Record<string, unknown>;
    return picked.parent && !Array.isArray(picked.parent) ? picked.parent : null;
  };
  switch (change.edit) {
    case 'set':
      replace(change.value);
      break;
    case 'huge':
      replace('x'.repeat(change.length));
      break;
    case 'add-key': {
      const target = objectOf();
      if (target) defineOwn(target, change.key, change.value);
      else replace({ [change.key]: change.value });
      break;
    }
    case 'rename-key': {
      if (picked.parent && !Array.isArray(picked.parent) && typeof picked.key === 'string') {
        delete picked.parent[picked.key];
        defineOwn(picked.parent, change.key, picked.value);
      } else replace(change.key);
      break;
    }
    case 'delete':
      if (!picked.parent) document = undefined;
      else if (Array.isArray(picked.parent)) picked.parent.splice(picked.key as number, 1);
      else delete picked.parent[picked.key as string];
      break;
  }
  try {
    return document === undefined ? '' : JSON.stringify(document, null, 2);
  } catch {
    // Too deep for this test's own stack (a nest mutation came first): the step does not apply.
    return null;
  }
}

// ——— applying and undoing mutations ———

/** Applies one step; returns the paths (tree, rel) to restore, or null when the step could not apply. */
async function apply(step: Step): Promise<{ tree: Tree; rel: string; created: boolean } | null> {
  if ('extra' in step) return applyExtra(step.extra);
  const { target, mutation } = step;
  if (!(await parentsAreRealFolders(target.tree, target.rel))) return null;
  const path = join(live[target.tree], target.rel);
  const original = await readFile(join(pristine[target.tree], target.rel)).catch(() => null);
  const info = await lstat(path).catch(() => null);
  // The current bytes when the path is still a plain file, else the pristine ones (a second mutation of one file).
  const current = info?.isFile() ? await readFile(path) : original;
  const write = async (data: Buffer | string) => {
    await remove(path);
    await writeFile(path, data);
  };
  const restore = { tree: target.tree, rel: target.rel, created: false };
  switch (mutation.op) {
    case 'truncate':
    case 'shorten': {
      if (!current) return null;
      const at = mutation.op === 'truncate' ? mutation.at % (current.length + 1) : Math.min(mutation.bytes, current.length);
      await write(current.subarray(0, at));
      return restore;
    }
    case 'bytes':
      await write(Buffer.from(mutation.bytes));
      return restore;
    case 'bom':
      if (!current) return null;
      await write(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), current]));
      return restore;
    case 'crlf': {
      // As a Windows editor saves it, then cut: line ends of \r\n in the text around a syntax error.
      if (!current) return null;
      const text = current.toString('utf8').replace(/\n/g, '\r\n');
      await write(text.slice(0, mutation.at % (text.length + 1)));
      return restore;
    }
    case 'replace':
      await write(mutation.text);
      return restore;
    case 'nest':
      await write(mutation.open.repeat(mutation.depth) + '1' + (mutation.open === '[' ? ']' : '}').repeat(mutation.depth));
      return restore;
    case 'json': {
      if (!current) return null;
      const edited = applyJsonEdit(current.toString('utf8'), mutation.change);
      if (edited === null) return null;
      await write(edited);
      return restore;
    }
    case 'oversize':
      await write(Buffer.alloc(MAX_JSON_BYTES + 1, 0x20));
      return restore;
    case 'folder':
      await remove(path);
      await mkdir(path);
      await writeFile(join(path, 'inside.json'), '{}');
      return restore;
    case 'fifo':
      await remove(path);
      execFileSync('mkfifo', [path]);
      return restore;
    case 'missing':
      await remove(path);
      return restore;
    case 'link': {
      await remove(path);
      const to = {
        passwd: '/etc/passwd',
        // A valid copy of the file, but outside the folder: still refused.
        'outside-file': join(outsideDir, target.tree, target.rel),
        'outside-dir': outsideDir,
        'inside-dir': live[target.tree],
        self: path,
        dangling: join(dirname(path), 'no-such-file.json'),
        sibling: join(live[target.tree], target.tree === 'content' ? 'languages.json' : 'images/body-map-back.svg'),
      }[mutation.to];
      await symlink(to, path);
      return restore;
    }
  }
}

async function applyExtra(extra: Extra): Promise<{ tree: Tree; rel: string; created: boolean } | null> {
  const rel = `${extra.kind}/${extra.name}.json`;
  if (!(await parentsAreRealFolders('content', rel))) return null;
  const path = join(live.content, rel);
  const donor = { stations: 'stations/cable-station.json', muscles: 'muscles/semitendinosus.json', exercises: 'exercises/kickback.json' }[extra.kind];
  const donorText = await readFile(join(pristine.content, donor), 'utf8');
  await remove(path);
  switch (extra.form) {
    case 'copy-with-id': {
      const record = JSON.parse(donorText) as Record<string, unknown>;
      record.id = extra.name;
      await writeFile(path, JSON.stringify(record));
      break;
    }
    case 'copy':
      await writeFile(path, donorText);
      break;
    case 'folder':
      await mkdir(path);
      break;
    case 'fifo':
      execFileSync('mkfifo', [path]);
      break;
    case 'link-passwd':
      await symlink('/etc/passwd', path);
      break;
  }
  return { tree: 'content', rel, created: true };
}

/** Puts every touched path back as it was, shallowest first. */
async function restoreAll(touched: Array<{ tree: Tree; rel: string; created: boolean }>): Promise<void> {
  const ordered = [...touched].sort((a, b) => a.rel.split('/').length - b.rel.split('/').length);
  for (const { tree, rel, created } of ordered) {
    const path = join(live[tree], rel);
    await remove(path);
    if (!created) await cp(join(pristine[tree], rel), path, { recursive: true });
  }
}

// ——— generators ———

const prototypeName = fc.constantFrom(...PROTOTYPE_NAMES);
// No line breaks and no empty keys here: a key or a fallback like that is the separate test below.
const anyJsonValue = fc.oneof(
  prototypeName,
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(null, true, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, [], {}, '', ' ', 'video/../../../etc/shadow', '/etc/hostname', 'é\u0000\u202e'),
);
const anyKey = fc.oneof(
  prototypeName,
  fc.string({ minLength: 1, maxLength: 20 }).filter((key) => key.trim() !== ''),
  fc.constantFrom('id', 'name', 'exercises', 'video', 'fallback', 'A1', 'x y', '../x'),
);

const jsonEdit: fc.Arbitrary<JsonEdit> = fc.oneof(
  { arbitrary: fc.record({ edit: fc.constant('set' as const), node: fc.nat(), value: anyJsonValue }), weight: 4 },
  { arbitrary: fc.record({ edit: fc.constant('add-key' as const), node: fc.nat(), key: anyKey, value: anyJsonValue }), weight: 3 },
  { arbitrary: fc.record({ edit: fc.constant('rename-key' as const), node: fc.nat(), key: anyKey }), weight: 2 },
  { arbitrary: fc.record({ edit: fc.constant('delete' as const), node: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      edit: fc.constant('huge' as const),
      node: fc.nat(),
      length: fc.oneof({ arbitrary: fc.integer({ min: 10_000, max: 300_000 }), weight: 9 }, { arbitrary: fc.integer({ min: 3_900_000, max: 4_300_000 }), weight: 1 }),
    }),
    weight: 1,
  },
);

const linkTo: fc.Arbitrary<LinkTo> = fc.constantFrom('passwd', 'outside-file', 'outside-dir', 'inside-dir', 'self', 'dangling', 'sibling');

const fileSystemMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ op: 'folder' as const }),
  fc.constant({ op: 'fifo' as const }),
  fc.constant({ op: 'missing' as const }),
  fc.record({ op: fc.constant('link' as const), to: linkTo }),
);

const byteMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 600 }) }),
  fc.constant({ op: 'bom' as const }),
  fc.record({ op: fc.constant('crlf' as const), at: fc.nat() }),
);

function mutationFor(kind: TargetKind): fc.Arbitrary<Mutation> {
  if (kind === 'dir') {
    return fc.oneof(fileSystemMutation, fc.record({ op: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 64 }) }));
  }
  if (kind === 'media') {
    return fc.oneof(
      { arbitrary: fc.record({ op: fc.constant('shorten' as const), bytes: fc.integer({ min: 0, max: 700 }) }), weight: 4 },
      { arbitrary: byteMutation, weight: 2 },
      { arbitrary: fileSystemMutation, weight: 2 },
    );
  }
  return fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('json' as const), change: jsonEdit }), weight: 8 },
    { arbitrary: byteMutation, weight: 3 },
    {
      arbitrary: fc.record({
        op: fc.constant('replace' as const),
        text: fc.constantFrom('[]', 'null', '0', '42', '-1e999', '"text"', 'true', '{}', '', '   ', '{"id":null}', '[[[]]]', '{"__proto__":{"id":"x"}}', '{"constructor":{}}'),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({ op: fc.constant('nest' as const), depth: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 5_000, max: 100_000 })), open: fc.constantFrom('[' as const, '{"a":' as const) }),
      weight: 2,
    },
    { arbitrary: fc.constant({ op: 'oversize' as const }), weight: 1 },
    { arbitrary: fileSystemMutation, weight: 3 },
  );
}

const extraStep: fc.Arbitrary<Step> = fc.record({
  extra: fc.record({
    op: fc.constant('extra' as const),
    kind: fc.constantFrom('stations' as const, 'muscles' as const, 'exercises' as const),
    name: fc.oneof(prototypeName, fc.constantFrom('pipe', 'x')),
    form: fc.constantFrom('copy-with-id' as const, 'copy' as const, 'folder' as const, 'fifo' as const, 'link-passwd' as const),
  }),
});

function stepArbitrary(): fc.Arbitrary<Step> {
  const targetStep = fc.constantFrom(...targets).chain((target) => mutationFor(target.kind).map((mutation): Step => ({ target, mutation })));
  return fc.oneof({ arbitrary: targetStep, weight: 9 }, { arbitrary: extraStep, weight: 1 });
}

function describeStep(step: Step): string {
  if ('extra' in step) return `extra ${step.extra.kind}/${step.extra.name}.json as ${step.extra.form}`;
  const { mutation } = step;
  const detail =
    mutation.op === 'bytes'
      ? `${mutation.bytes.length} random bytes`
      : mutation.op === 'json' && mutation.change.edit === 'huge'
        ? `huge string of ${mutation.change.length}`
        : JSON.stringify(mutation).slice(0, 200);
  return `${step.target.tree}/${step.target.rel}: ${detail}`;
}

// ——— the checks ———

function problemsOf(outcome: LoadOutcome): Problem[] {
  return outcome.ok ? outcome.warnings : outcome.problems;
}

/** Every rule a problem must keep, whatever the folder holds; returns what is wrong, or null. */
function checkProblem(problem: Problem): string | null {
  if (problem.severity !== 'error' && problem.severity !== 'warning') return `bad severity ${String(problem.severity)}`;
  for (const part of ['file', 'field', 'reason'] as const) {
    const value = problem[part];
    if (typeof value !== 'string' || value.trim() === '') return `empty ${part}`;
    if (/[\r\n\u2028\u2029]/.test(value)) return `${part} spans more than one line`;
  }
  const line = formatProblem(problem);
  const leaked = forbidden.find((path) => line.includes(path));
  return leaked ? `holds the machine path ${leaked}` : null;
}

function checkOutcome(outcome: LoadOutcome): string | null {
  const problems = problemsOf(outcome);
  if (!outcome.ok && !problems.some((problem) => problem.severity === 'error')) return 'unloadable without an error';
  if (outcome.ok && problems.some((problem) => problem.severity === 'error')) return 'loaded with an error';
  // Whatever is wrong lies in some file; "the whole folder could not be loaded" leaves staff guessing which.
  if (problems.some((problem) => problem.field === '(whole folder)')) return 'blamed the whole folder instead of a file';
  for (const problem of problems) {
    const wrong = checkProblem(problem);
    if (wrong) return `${wrong}: ${JSON.stringify(problem).slice(0, 300)}`;
  }
  return null;
}

/** A file the loader cannot read at all, or a WebM cut short, must be named by a problem (file or reason). */
function mustBeNamed(step: Step): string | null {
  if ('extra' in step) return step.extra.form === 'folder' || step.extra.form === 'fifo' || step.extra.form === 'link-passwd' ? `${step.extra.kind}/${step.extra.name}.json` : null;
  const { target, mutation } = step;
  if (target.kind === 'dir') return null;
  const unreadable = mutation.op === 'folder' || mutation.op === 'fifo' || (mutation.op === 'link' && UNREADABLE.has(mutation.to));
  const cutWebm = target.rel.endsWith('.webm') && mutation.op === 'shorten';
  return unreadable || cutWebm ? target.rel : null;
}

async function expectCleanLoad(): Promise<void> {
  const outcome = await loadInTime();
  expect(outcome.ok, JSON.stringify(problemsOf(outcome)).slice(0, 2000)).toBe(true);
  expect(problemsOf(outcome)).toEqual([]);
}

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'kiosk-content-fuzz-')));
  live = { content: join(root, 'live', 'content'), assets: join(root, 'live', 'assets') };
  pristine = { content: join(root, 'pristine', 'content'), assets: join(root, 'pristine', 'assets') };
  outsideDir = join(root, 'outside');
  for (const tree of ['content', 'assets'] as const) {
    const source = tree === 'content' ? resolve('content') : EMBEDDED_ASSETS;
    await cp(source, pristine[tree], { recursive: true });
    await cp(source, live[tree], { recursive: true });
    await cp(source, join(outsideDir, tree), { recursive: true });
  }
  // Only what the loader reads: notes for authors beside the content (SOURCES.md) are never loaded, so never named.
  const contentFiles = (await listFiles(pristine.content)).filter((rel) => rel.endsWith('.json'));
  // The read-aloud audio is a hundred and more files alike: one screen's stands for them, so the rest stay fuzzed as often.
  const assetFiles = (await listFiles(pristine.assets)).filter((rel) => !rel.includes('/read-aloud/') || rel.startsWith('audio/en/read-aloud/exercise-kickback.'));
  targets = [
    ...contentFiles.map((rel): Target => ({ tree: 'content', rel, kind: 'json' })),
    ...['stations', 'muscles', 'exercises', 'locales', 'locales/en', 'locales/de'].map((rel): Target => ({ tree: 'content', rel, kind: 'dir' })),
    ...assetFiles.map((rel): Target => ({ tree: 'assets', rel, kind: rel.endsWith('.json') ? 'json' : 'media' })),
    ...['video', 'audio/en', 'audio/fr', 'images'].map((rel): Target => ({ tree: 'assets', rel, kind: 'dir' })),
  ];
  // Paths of this machine that no problem may show: the folders' own, the project's, the home and temp folders.
  forbidden = [...new Set([root, resolve('.'), resolve('content'), `${homedir()}${sep}`, `${tmpdir()}${sep}`, '/etc/passwd', await realpath(tmpdir())])];
}, 60_000);

afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

describe('content loader under a hostile content folder', () => {
  it('always resolves in time, with one-line problems that name file, field and reason and no path of the machine', async () => {
    await expectCleanLoad();
    const started = performance.now();
    const seen = { cases: 0, steps: 0, skipped: 0, problems: 0, errors: 0, warnings: 0, unloadable: 0 };
    const kinds = new Map<string, number>();
    const property = fc.asyncProperty(fc.array(stepArbitrary(), { minLength: 1, maxLength: 3 }), async (steps) => {
      const touched: Array<{ tree: Tree; rel: string; created: boolean }> = [];
      try {
        const applied: Step[] = [];
        for (const step of steps) {
          const done = await apply(step);
          if (done) {
            touched.push(done);
            applied.push(step);
            const kind = 'extra' in step ? 'extra' : step.mutation.op === 'link' ? `link-${step.mutation.to}` : step.mutation.op === 'json' ? `json-${step.mutation.change.edit}` : step.mutation.op;
            kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          } else seen.skipped += 1;
        }
        const outcome = await loadInTime();
        const problems = problemsOf(outcome);
        seen.cases += 1;
        seen.steps += applied.length;
        seen.problems += problems.length;
        seen.errors += problems.filter((problem) => problem.severity === 'error').length;
        seen.warnings += problems.filter((problem) => problem.severity === 'warning').length;
        if (!outcome.ok) seen.unloadable += 1;
        const context = () => `after ${applied.map(describeStep).join(' + ')}`;
        const wrong = checkOutcome(outcome);
        if (wrong) throw new Error(`${wrong}\n${context()}`);
        const named = applied.length === 1 && applied[0] ? mustBeNamed(applied[0]) : null;
        if (named && !problems.some((problem) => problem.file === named || problem.reason.includes(`"${named}"`))) {
          throw new Error(`no problem names ${named}: ${JSON.stringify(problems).slice(0, 600)}\n${context()}`);
        }
      } finally {
        await restoreAll(touched);
      }
      // Every so often, the restored folder must load clean again (the restore itself is under test too).
      if (seen.cases % 100 === 0) await expectCleanLoad();
    });
    await fc.assert(property, { numRuns: NUM_RUNS, seed: process.env.CONTENT_FUZZ_SEED ? Number(process.env.CONTENT_FUZZ_SEED) : undefined });
    await expectCleanLoad();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `content fuzz: ${seen.cases} cases (${seen.steps} mutations, ${seen.skipped} skipped), ${seen.problems} problems ` +
        `(${seen.errors} errors, ${seen.warnings} warnings), ${seen.unloadable} unloadable folders, ${seconds} s\n  mutations: ` +
        [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => `${kind} ${count}`).join(', '),
    );
    expect(seen.cases).toBeGreaterThanOrEqual(NUM_RUNS);
  }, 240_000);

  it('a ui.json nested thousands of levels deep is a warning about that file, not a folder that cannot load', async () => {
    const path = join(live.content, 'locales/de/ui.json');
    try {
      await writeFile(path, '{"a":'.repeat(20_000) + '"x"' + '}'.repeat(20_000));
      const outcome = await loadInTime();
      expect(outcome.ok, JSON.stringify(problemsOf(outcome))).toBe(true);
      expect(problemsOf(outcome)).toContainEqual(expect.objectContaining({ severity: 'warning', file: 'locales/de/ui.json', field: '(whole file)' }));
    } finally {
      await restoreAll([{ tree: 'content', rel: 'locales/de/ui.json', created: false }]);
    }
  });

  it('a file saved with Windows line ends and a typo gets a one-line reason', async () => {
    const rel = 'muscles/semitendinosus.json';
    try {
      const text = (await readFile(join(pristine.content, rel), 'utf8')).replace(/\n/g, '\r\n').replace('"id"', 'id');
      await writeFile(join(live.content, rel), text);
      const problems = problemsOf(await loadInTime());
      const problem = problems.find((candidate) => candidate.file === rel);
      expect(problem?.reason).toMatch(/^is not valid JSON: /);
      expect(problems.map(checkProblem)).toEqual(problems.map(() => null));
    } finally {
      await restoreAll([{ tree: 'content', rel, created: false }]);
    }
  });

  it.each([
    ['video/kickback.webm', 'exercises/kickback.json'],
    ['audio/en/prompts.webm', 'audio/en/prompts.json'],
  ])('a WebM (%s) cut to a few hundred bytes is an error, not a kiosk that plays nothing', async (media, file) => {
    try {
      const whole = await readFile(join(pristine.assets, media));
      await writeFile(join(live.assets, media), whole.subarray(0, 300));
      const outcome = await loadInTime();
      expect(outcome.ok).toBe(false);
      expect(problemsOf(outcome)).toContainEqual(expect.objectContaining({ severity: 'error', file, reason: expect.stringMatching(new RegExp(`^"${media}" is cut short`)) }));
    } finally {
      await restoreAll([{ tree: 'assets', rel: media, created: false }]);
    }
  });

  it('a missing, unreadable or linked-away content or assets folder is a problem, never a throw', async () => {
    const cases: Array<{ contentDir: string; assetsDir: string }> = [
      { contentDir: join(root, 'no-such-folder'), assetsDir: live.assets },
      { contentDir: join(live.content, 'languages.json'), assetsDir: live.assets },
      { contentDir: '/etc', assetsDir: live.assets },
      { contentDir: live.content, assetsDir: join(root, 'no-such-folder') },
      { contentDir: live.content, assetsDir: join(live.content, 'languages.json') },
    ];
    const pipe = join(root, 'pipe');
    execFileSync('mkfifo', [pipe]);
    cases.push({ contentDir: pipe, assetsDir: live.assets }, { contentDir: live.content, assetsDir: pipe });
    for (const folders of cases) {
      const outcome = await Promise.race([loadContentFolder(folders), new Promise<null>((done) => setTimeout(() => done(null), CASE_TIMEOUT_MS))]);
      expect(outcome, JSON.stringify(folders)).not.toBeNull();
      if (!outcome) continue;
      expect(outcome.ok).toBe(false);
      for (const problem of problemsOf(outcome)) expect(checkProblem(problem), JSON.stringify(problem)).toBeNull();
    }
  });

  // Not fixed here (the wording lives in main/services/problems.ts and content-loader.ts): a key or a fallback
  // language with a line break splits its problem over two lines, so one log line can pose as two; an empty
  // key is reported with an empty field, which names nothing.
  it('a key that is empty or holds a line break, or a fallback with one, still gives one-line problems with a field', async () => {
    const edits: Array<[string, (text: string) => string]> = [
      ['locales/es/stations.json', (text) => text.replace('{', '{"": {"name": "x"},')],
      ['locales/fr/ui.json', (text) => text.replace('{', '{" ": "x",')],
      ['muscles/semitendinosus.json', (text) => text.replace('{', '{"latin\\nName": "x",')],
      ['locales/de/ui.json', (text) => text.replace('{', '{"bad\\nkey": "x",')],
      ['locales/en/stations.json', (text) => text.replace('{', '{"bad\\u2028id": {"name": "x"},')],
      ['languages.json', (text) => text.replace('"fallback": "en"', '"fallback": "en\\n/etc/passwd"')],
    ];
    const failures: string[] = [];
    for (const [rel, edit] of edits) {
      try {
        await writeFile(join(live.content, rel), edit(await readFile(join(pristine.content, rel), 'utf8')));
        for (const problem of problemsOf(await loadInTime())) {
          const wrong = checkProblem(problem);
          if (wrong) failures.push(`${rel}: ${wrong}: ${JSON.stringify(problem)}`);
        }
      } finally {
        await restoreAll([{ tree: 'content', rel, created: false }]);
      }
    }
    expect(failures).toEqual([]);
  });
});
