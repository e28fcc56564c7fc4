import type { Lang } from '../../worker/protocol';

/** An ISO time as the reader expects it (zh-CN: 2024/3/1 14:05), or the ISO text when it does not parse. */
export function formatTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    hour12: false,
  });
}

/** The meta fields a report lists, as label/value pairs in a fixed order (defaults shown where missing). */
export function metaRows(meta: {
  stage?: string;
  audience: string;
  sendWindow?: { start: string; end: string };
  maxPerDay?: number;
  commercial?: boolean;
}): { field: 'stage' | 'audience' | 'window' | 'maxPerDay' | 'commercial'; value: string }[] {
  return [
    { field: 'stage', value: meta.stage ?? '—' },
    { field: 'audience', value: meta.audience },
    { field: 'window', value: `${meta.sendWindow?.start ?? '09:00'}–${meta.sendWindow?.end ?? '20:00'}` },
    { field: 'maxPerDay', value: String(meta.maxPerDay ?? 1) },
    { field: 'commercial', value: meta.commercial ? 'yes' : 'no' },
  ];
}
