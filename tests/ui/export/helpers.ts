import type { Workspace } from '../../../src/storage/index';
import type { TemplateMeta } from '../../../src/core/types';
import { HASH_R, HASH_S, cleanReport, warnReport } from '../../storage/helpers';

export { HASH_R, HASH_S, cleanReport, warnReport };
export { memoryWorkspace, codes } from '../../storage/helpers';

const writer = { name: '李文案', role: 'writer' as const };
const reviewer = { name: '王法务', role: 'reviewer' as const };

/** Creates a template and takes it through save → submit → approve (under HASH_R / HASH_S); returns the ids. */
export async function approvedTemplate(
  ws: Workspace,
  id: string,
  source = `【钱站】{{ borrower.name }}您好，${id}`,
  meta: TemplateMeta = { audience: 'debtor', stage: 'D+1' },
  options: { warn?: boolean; rulesetHash?: string; samplesHash?: string } = {},
): Promise<{ versionId: string }> {
  const created = await ws.createTemplate({ id, name: `模板 ${id}`, source, meta }, writer.name);
  if (!created.ok) throw new Error(JSON.stringify(created.problems));
  const report = options.warn ? warnReport : cleanReport;
  const version = await ws.saveVersion({
    draft: created.value,
    message: 'v',
    author: writer.name,
    report,
    rulesetHash: options.rulesetHash ?? HASH_R,
    samplesHash: options.samplesHash ?? HASH_S,
  });
  if (!version.ok) throw new Error(JSON.stringify(version.problems));
  const submitted = await ws.submitVersion(version.value.id, writer);
  if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
  const justifications = options.warn ? [{ ruleId: 'tone-urgent', text: '语气可接受' }] : [];
  const approved = await ws.approveVersion({
    versionId: version.value.id,
    reviewer,
    report,
    justifications,
    note: '同意发送',
  });
  if (!approved.ok) throw new Error(JSON.stringify(approved.problems));
  return { versionId: version.value.id };
}

/** The drafts, versions and reviews of a workspace. */
export async function snapshot(ws: Workspace) {
  const [drafts, versions, reviews] = await Promise.all([ws.listTemplates(), ws.listVersions(), ws.listReviews()]);
  if (!drafts.ok || !versions.ok || !reviews.ok) throw new Error('read failed');
  return { drafts: drafts.value, versions: versions.value, reviews: reviews.value };
}
