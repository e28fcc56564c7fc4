import { loadSamples, type Problem, type Sample } from '../core/index';

/**
 * The repo's samples followed by the valid user samples (sorted by id). A user sample whose id is a repo sample's
 * id is left out (`sample/duplicate-id`): the repo's samples are read-only.
 */
export function mergeSamples(
  repo: readonly Sample[],
  userFiles: Record<string, unknown>,
): { samples: Sample[]; problems: Problem[] } {
  const loaded = loadSamples(userFiles);
  const problems: Problem[] = loaded.ok ? [...(loaded.problems ?? [])] : [...loaded.problems];
  const user = loaded.ok ? loaded.value : (loaded.partial ?? []);
  const taken = new Set(repo.map((s) => s.id));
  const kept = user.filter((s) => {
    if (!taken.has(s.id)) return true;
    problems.push({
      code: 'sample/duplicate-id',
      message: `sample id "${s.id}" is a built-in sample's id`,
      path: ['id'],
      sampleId: s.id,
    });
    return false;
  });
  return { samples: [...repo, ...kept], problems };
}
