import * as fs from 'node:fs';
import * as path from 'node:path';
import { assemblePolicy } from '../../core/clauses/assemblePolicy';
import type { ClauseCatalogue } from '../../core/clauses/clauseCatalogue';
import { assemblyOutcome } from '../../core/clauses/policyQuestions';
import type { ResolvedConfig } from '../../core/config/configTypes';
import type { Lang } from '../../core/messages/catalog';
import { formatMessage } from '../cliFormat';
import { slugProblemMessage, validateSlug } from '../../core/templates/createChapterPair';
import type { CliIo } from '../main';
import { PolicyUsageError, type AssembleArgs } from './policyArgs';
import { answersFromArgs } from './policyAnswersFromArgs';
import { printFindings, say } from './policyOutput';
import { selfCheck } from './selfCheck';

/**
 * `toolkit-policy assemble`: answers from flags, configuration and defaults; the pair built by
 * the engine; both files written only if neither exists (created exclusively, so a file that
 * appears meanwhile is not overwritten either), then checked as toolkit-check would. Returns the
 * exit code: 0 written and clean, 1 written with errors (printed), 2 nothing written.
 */
export async function runAssemble(args: AssembleArgs, config: ResolvedConfig, catalogue: ClauseCatalogue, io: CliIo, lang: Lang): Promise<number> {
  const ids = catalogue.profiles.profiles.map((p) => p.id).join(', ');
  if (!args.profile) throw new PolicyUsageError('policy.noProfile', { profiles: ids });
  const profile = catalogue.profiles.byId.get(args.profile);
  if (!profile) throw new PolicyUsageError('policy.unknownProfile', { profile: args.profile, profiles: ids });
  const slugProblem = validateSlug(args.name);
  if (slugProblem) throw new PolicyUsageError('policy.badName', { detail: slugProblemMessage(slugProblem, lang) });
  const { answers, sameInFrench } = answersFromArgs(args, profile, config.policy, catalogue, lang);

  const policy = assemblePolicy({ profile, library: catalogue.library, answers, baseName: args.name });
  const { blocking, unanswered } = assemblyOutcome(policy.problems);
  if (blocking.length) {
    printFindings(blocking, config.root, io, lang);
    io.stderr(say('policy.notAssembled', {}, lang));
    return 2;
  }

  const folder = path.resolve(io.cwd, args.out ?? '.');
  const shown = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/') || file;
  const targets = [policy.en, policy.fr].map((f) => ({ file: path.join(folder, f.fileName), text: f.text }));
  const existing = targets.filter((t) => fs.existsSync(t.file)).map((t) => shown(t.file));
  if (existing.length) {
    io.stderr(say('policy.exists', { files: existing.join(', ') }, lang));
    return 2;
  }
  const problems = await selfCheck(targets, config, catalogue);
  const written: string[] = [];
  try {
    fs.mkdirSync(folder, { recursive: true });
    for (const t of targets) {
      fs.writeFileSync(t.file, t.text, { encoding: 'utf8', flag: 'wx' });
      written.push(t.file);
    }
  } catch (e) {
    // Half a pair is worse than none: take back the file already written.
    for (const file of written) fs.rmSync(file, { force: true });
    const failed = targets[written.length]?.file ?? folder;
    io.stderr(say('policy.writeFailed', { file: shown(failed), reason: (e as Error).message }, lang));
    return 2;
  }

  for (const same of sameInFrench) io.stderr(say('policy.sameFrench', same, lang));
  for (const name of unanswered) {
    const label = profile.questions.find((q) => q.name === name)?.label[lang] ?? name;
    io.stderr(say('policy.unanswered', { name, label }, lang));
  }
  io.stdout(formatMessage('policy.wrote', { en: shown(targets[0].file), fr: shown(targets[1].file), count: policy.clauses.length, profile: profile.id }, lang) + '\n');
  if (problems.length) {
    // Written all the same, to be read and fixed, but not passed as clean: exit 1 as toolkit-check would.
    printFindings(problems, config.root, io, lang);
    io.stderr(say('policy.notClean', { count: problems.length }, lang));
    return 1;
  }
  return 0;
}
