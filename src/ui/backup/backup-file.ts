import { fail, type Result } from '../../core/model';
import type { Review, TemplateDraft, Version } from '../../core/model';
import type { SampleFile } from '../../core/model';
import { parseWorkspaceImport, type ImportItem, type PackRevision, type WorkspaceFile } from '../../storage/index';
import { jsonSyntaxProblem } from '../samples/sample-input';

/** `dunning-workspace-YYYYMMDD.json`, with the local date. */
export function backupFileName(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `dunning-workspace-${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}.json`;
}

/**
 * A backup file's text, validated: problems are `import/json` with the line and column of the syntax error, or
 * `import/invalid` with the JSON path.
 */
export function readBackup(text: string, file: string): Result<WorkspaceFile> {
  const syntax = jsonSyntaxProblem(text, file, 'import/json');
  return syntax ? fail([syntax]) : parseWorkspaceImport(text, file);
}

/** How a record of an import plan is named in the list. */
export function itemTitle(item: Pick<ImportItem, 'kind' | 'id' | 'record'>): string {
  switch (item.kind) {
    case 'template':
      return (item.record as TemplateDraft).name || item.id;
    case 'version': {
      const v = item.record as Version;
      return `${v.name || v.templateId} #${v.number}`;
    }
    case 'review': {
      const r = item.record as Review;
      return `${r.versionId} · ${r.reviewer}`;
    }
    case 'userSample':
      return (item.record as SampleFile).label || item.id;
    case 'pack': {
      const p = item.record as PackRevision;
      return `${p.pack.name} #${p.revision} · ${p.by} · ${p.reason}`;
    }
  }
}
