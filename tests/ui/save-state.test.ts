import { describe, expect, it } from 'vitest';
import { afterWrite } from '../../src/ui/state/save-state';

describe('save indicator state after a write', () => {
  it.each([
    [{ ok: true, conflict: false, persistent: true, stillCurrent: true }, 'saved'],
    [{ ok: true, conflict: false, persistent: false, stillCurrent: true }, 'memory'],
    [{ ok: true, conflict: false, persistent: true, stillCurrent: false }, 'pending'],
    [{ ok: false, conflict: false, persistent: true, stillCurrent: true }, 'failed'],
    [{ ok: false, conflict: true, persistent: true, stillCurrent: true }, 'conflict'],
  ] as const)('reports %j as %s', (input, expected) => {
    expect(afterWrite(input)).toBe(expected);
  });
});
