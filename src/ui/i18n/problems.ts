import { formatProblem, formatProblemAt, type Problem } from '../../core/model';
import { i18n } from './i18n.svelte';

/** A problem's message in the UI language (worded from its code and data, never core's English text). */
export const problemMessage = (p: Problem): string => formatProblem(p, i18n.lang);

/** A problem with its place (file, JSON path or line) in the UI language. */
export const problemLine = (p: Problem): string => formatProblemAt(p, i18n.lang);

/** Several problems as one line, each with its place. */
export const problemsLine = (problems: readonly Problem[]): string =>
  problems.map(problemLine).join(i18n.lang === 'zh' ? '；' : '; ');
