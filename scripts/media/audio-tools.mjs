/**
 * The sox, soxi and ffmpeg calls both audio generators make (breathing prompts, read aloud), and the loudness they
 * level to, measured as the content check measures it.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export function run(command, args) {
  return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

/** sox in repeatable mode (-R): its dither is seeded, so the same inputs give the same bytes every run. */
export function sox(args) {
  return run('sox', ['-R', ...args]);
}

/** What a tool writes on stderr, where sox stats and ffmpeg's filters report. */
export function report(command, args) {
  const done = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${done.stderr}`);
  return done.stderr;
}

/** Exits with the apt-get line when espeak-ng, sox or ffmpeg is missing. */
export function requireAudioTools() {
  for (const tool of ['espeak-ng', 'sox', 'soxi', 'ffmpeg']) {
    try {
      execFileSync('which', [tool], { stdio: 'ignore' });
    } catch {
      console.error(`${tool} is missing: apt-get install -y espeak-ng sox ffmpeg`);
      process.exit(1);
    }
  }
}

export function samples(file) {
  return Number(run('soxi', ['-s', file]).trim());
}

export function seconds(file) {
  return Number(run('soxi', ['-D', file]).trim());
}

/**
 * Integrated loudness (LUFS) of a whole file, measured as the content check does: ffmpeg's ebur128 on the file
 * looped to 3 s, because EBU R128 measures in 400 ms blocks and a cue can be shorter than one.
 */
export function loudness(file) {
  const log = report('ffmpeg', ['-nostdin', '-hide_banner', '-nostats', '-i', file, '-af', `aloop=loop=-1:size=${samples(file)},atrim=duration=3,ebur128`, '-f', 'null', '-']);
  const match = /Integrated loudness:\s+I:\s+(-?[\d.]+) LUFS/.exec(log);
  if (!match) throw new Error(`ffmpeg measured no loudness in ${file}`);
  return Number(match[1]);
}

/** Sample peak in dBFS (sox stats). */
export function peak(file) {
  const stats = report('sox', [file, '-n', 'stats']);
  return Number(/Pk lev dB\s+(-?[\d.]+|-inf)/.exec(stats)?.[1] ?? -Infinity);
}
