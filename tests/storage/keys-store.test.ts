import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/bundle/fingerprint';
import { DB_VERSION, openWorkspaceDb } from '../../src/storage/db';
import { openKeyStore, parsePublicJwk } from '../../src/storage/keys-store';
import { openWorkspace } from '../../src/storage/open-workspace';
import { codes, uniqueName } from './helpers';

async function keyStore(dbName: string) {
  const r = await openKeyStore({ dbName, fallbackToMemory: false });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const ALGO = { name: 'ECDSA', hash: 'SHA-256' } as const;

describe('keys store', () => {
  it('adds the keys store and keeps v3 templates when opening a v3 database', async () => {
    const name = uniqueName('keys-v3');
    const v3 = await openWorkspaceDb(name, { version: 3 });
    if (!v3.ok) throw new Error('open v3 failed');
    expect(v3.value.objectStoreNames.contains('keys')).toBe(false);
    await v3.value.put('templates', {
      id: 't1',
      name: 'n',
      source: '【钱站】您好',
      meta: { audience: 'debtor' },
      revision: 2,
      updatedAt: '2024-01-01T00:00:00.000Z',
    });
    v3.value.close();
    const keys = await keyStore(name);
    expect((await keys.signingKey()).ok).toBe(true);
    keys.close();
    const ws = await openWorkspace({ dbName: name, fallbackToMemory: false });
    if (!ws.ok) throw new Error('open workspace failed');
    const t = await ws.value.getTemplate('t1');
    expect(t.ok && t.value?.revision).toBe(2);
    ws.value.close();
    const raw = await openDB(name);
    expect(raw.version).toBe(DB_VERSION);
    expect(raw.objectStoreNames.contains('keys')).toBe(true);
    raw.close();
  });

  it('returns the same non-extractable signing key after the database is reopened', async () => {
    const name = uniqueName('keys-reopen');
    const first = await keyStore(name);
    const a = await first.signingKey();
    first.close();
    const second = await keyStore(name);
    const b = await second.signingKey();
    second.close();
    if (!a.ok || !b.ok) throw new Error('no key');
    expect(b.value.fingerprint).toBe(a.value.fingerprint);
    expect(b.value.fingerprint).toBe(await fingerprint(a.value.publicJwk));
    expect(b.value.privateKey.extractable).toBe(false);
    expect(Object.keys(b.value.publicJwk).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    const data = new TextEncoder().encode('abc');
    const sig = await crypto.subtle.sign(ALGO, b.value.privateKey, data);
    const pub = await crypto.subtle.importKey('jwk', a.value.publicJwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'verify',
    ]);
    expect(await crypto.subtle.verify(ALGO, pub, sig, data)).toBe(true);
  });

  it('creates one key when two callers ask for it at once', async () => {
    const name = uniqueName('keys-race');
    const [x, y] = [await keyStore(name), await keyStore(name)];
    const [a, b] = await Promise.all([x.signingKey(), y.signingKey()]);
    x.close();
    y.close();
    expect(a.ok && b.ok && a.value.fingerprint === b.value.fingerprint).toBe(true);
  });

  it('reports storage/corrupt when the stored signing key is not a CryptoKey', async () => {
    const name = uniqueName('keys-corrupt');
    const keys = await keyStore(name);
    keys.close();
    const db = await openDB(name);
    await db.put('keys', {
      id: 'signing',
      kind: 'signing',
      privateKey: 'oops',
      publicJwk: {},
      fingerprint: 'f',
      createdAt: 'x',
    });
    db.close();
    const again = await keyStore(name);
    expect(codes(await again.signingKey())).toContain('storage/corrupt');
    again.close();
  });

  it('keeps trusted public keys and refuses what is not a P-256 public key', async () => {
    const keys = await keyStore(uniqueName('keys-trusted'));
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const added = await keys.addTrusted(JSON.stringify(jwk), ' 王法务 ');
    expect(added.ok && added.value.label).toBe('王法务');
    const list = await keys.listTrusted();
    expect(list.ok && list.value.map((k) => k.fingerprint)).toEqual([await fingerprint(jwk)]);
    expect(codes(await keys.addTrusted('{', 'x'))).toEqual(['keys/json']);
    expect(codes(await keys.addTrusted({ kty: 'RSA', n: 'a', e: 'AQAB' }, 'x'))).toContain('keys/invalid');
    expect(codes(await parsePublicJwk({ ...jwk, x: 'AAAA' }))).toEqual(['keys/invalid']);
    const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    expect(codes(await keys.addTrusted(JSON.stringify(privateJwk), 'leaked'))).toEqual(['keys/private']);
    await keys.removeTrusted(await fingerprint(jwk));
    const after = await keys.listTrusted();
    expect(after.ok && after.value).toEqual([]);
    keys.close();
  });

  it('keeps a key for the session only when IndexedDB is unavailable', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulate a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const r = await openKeyStore({ dbName: uniqueName('keys-none') });
      expect(r.ok && r.value.persistent).toBe(false);
      expect(codes(r)).toEqual(['storage/unavailable']);
      if (!r.ok) return;
      const a = await r.value.signingKey();
      const b = await r.value.signingKey();
      expect(a.ok && b.ok && a.value.fingerprint === b.value.fingerprint).toBe(true);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
