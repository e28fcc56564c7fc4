import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChangeNotifier, type StorageChange } from '../../src/storage/change-notifier';
import { idbWorkspace, uniqueName } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

const nextChange = (subscribe: (cb: (c: StorageChange) => void) => () => void): Promise<StorageChange> =>
  new Promise((resolve) => {
    const off = subscribe((c) => {
      off();
      resolve(c);
    });
  });

describe('onExternalChange', () => {
  it('tells another tab about a change and ignores malformed messages', async () => {
    const channel = uniqueName('chan');
    const tabA = createChangeNotifier(channel);
    const tabB = createChangeNotifier(channel);
    const raw = new BroadcastChannel(channel);
    const seen: StorageChange[] = [];
    tabA.onExternalChange((c) => seen.push(c));
    const received = nextChange((cb) => tabB.onExternalChange(cb));
    raw.postMessage({ kind: 'nonsense' });
    tabA.notify({ kind: 'template', id: 't1', revision: 3 });
    expect(await received).toEqual({ kind: 'template', id: 't1', revision: 3 });
    const echo = nextChange((cb) => tabA.onExternalChange(cb));
    tabB.notify({ kind: 'settings' });
    expect(await echo).toEqual({ kind: 'settings' });
    expect(seen).toEqual([{ kind: 'settings' }]);
    [tabA, tabB].forEach((n) => n.close());
    raw.close();
  });

  it('announces a saved draft to a second workspace on the same database', async () => {
    const name = uniqueName('ws');
    const tabA = await idbWorkspace('a', name);
    const tabB = await idbWorkspace('b', name);
    const received = nextChange((cb) => tabB.onExternalChange(cb));
    await tabA.saveDraft({ id: 't1', name: 'n', source: 's', meta: { audience: 'debtor' } }, 0);
    expect(await received).toEqual({ kind: 'template', id: 't1', revision: 1 });
    tabA.close();
    tabB.close();
  });

  it('does nothing, without throwing, where BroadcastChannel is missing', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const n = createChangeNotifier(uniqueName('none'));
    expect(n.available).toBe(false);
    const off = n.onExternalChange(() => undefined);
    n.notify({ kind: 'template', id: 't1' });
    off();
    n.close();
  });
});
