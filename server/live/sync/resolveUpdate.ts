// Where each part of a client's Yjs update would land in the live document, worked out before applying
// it: the top-level key and path of every inserted item's parent, and of every live item it deletes.
// Mirrors how Yjs itself finds a parent (Item.getMissing): by root name, by the parent type's item id,
// or from the item to its left / right.
import * as Y from 'yjs';

/** Any shared type (Yjs types them by their event, which does not matter here). */
export type SharedType = Y.AbstractType<any>;

/** A shared type an insert goes into: its top-level key, the keys leading to it, the live type if it exists. */
export interface ParentRef {
  root: string;
  /** Map keys (or null for sequence positions) from the top-level type down to this type. */
  path: (string | null)[];
  existing: SharedType | null;
  /** Identity of the type (the live type, the update's item or the root name), for counting per type. */
  ident: unknown;
}

export interface Placed {
  item: Y.Item;
  parent: ParentRef;
  /** The map key the item is set under, or null for an item in a sequence (array, text, fragment). */
  key: string | null;
}

export type Resolution =
  | { ok: true; inserts: Placed[]; deletions: Placed[] }
  /** transient: the update depends on content the server does not hold (yet); otherwise it is not acceptable. */
  | { ok: false; reason: string; transient: boolean };

type Slot = { kind: 'placed'; parent: ParentRef; key: string | null } | { kind: 'void' } | { kind: 'unresolved' };

class Unresolved extends Error {}

export function resolveUpdate(doc: Y.Doc, update: Uint8Array): Resolution {
  const { structs, ds } = Y.decodeUpdate(update);
  const fresh = new Map<number, (Y.Item | Y.GC)[]>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) return { ok: false, reason: 'update has gaps', transient: true };
    const client = struct.id.client;
    const list = fresh.get(client) ?? [];
    if (list.length === 0) {
      const state = Y.getState(doc.store, client);
      if (struct.id.clock > state) return { ok: false, reason: 'update skips content', transient: true };
      fresh.set(client, list);
    }
    list.push(struct);
  }
  const own = fresh.get(doc.clientID)?.at(-1);
  if (own && own.id.clock + own.length > Y.getState(doc.store, doc.clientID)) return { ok: false, reason: "content under the server's client id", transient: false };

  const knownEnd = (client: number) => {
    const last = fresh.get(client)?.at(-1);
    return Math.max(Y.getState(doc.store, client), last ? last.id.clock + last.length : 0);
  };

  /** The struct holding an id: the live document's when it has it, else the update's; null when neither does. */
  function find(id: Y.ID): { struct: Y.Item | Y.GC; live: boolean } | null {
    if (id.clock < Y.getState(doc.store, id.client)) {
      const list = doc.store.clients.get(id.client)!;
      return { struct: list[Y.findIndexSS(list, id.clock)], live: true };
    }
    const list = fresh.get(id.client);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const struct = list[mid];
      if (id.clock < struct.id.clock) high = mid - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
      else return { struct, live: false };
    }
    return null;
  }

  function liveTypeRef(type: SharedType): ParentRef {
    const path: (string | null)[] = [];
    let top = type;
    while (top._item) {
      path.unshift(top._item.parentSub);
      top = top._item.parent as SharedType;
    }
    return { root: Y.findRootTypeKey(top), path, existing: type, ident: type };
  }

  function rootRef(name: string): ParentRef {
    return { root: name, path: [], existing: doc.share.get(name) ?? null, ident: `root:${name}` };
  }

  const slots = new Map<Y.Item, Slot | 'resolving'>();

  function slotOf(item: Y.Item): Slot {
    const known = slots.get(item);
    if (known === 'resolving') throw new Unresolved('circular references');
    if (known) return known;
    slots.set(item, 'resolving');
    const slot = computeSlot(item);
    slots.set(item, slot);
    return slot;
  }

  function typeRefOf(found: { struct: Y.Item | Y.GC; live: boolean }): ParentRef | null {
    const { struct, live } = found;
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) return null;
    if (live) return liveTypeRef(struct.content.type as SharedType);
    const slot = slotOf(struct);
    if (slot.kind !== 'placed') return null;
    return { root: slot.parent.root, path: [...slot.parent.path, slot.key], existing: null, ident: struct };
  }

  function computeSlot(item: Y.Item): Slot {
    const parent = item.parent as unknown as string | Y.ID | null;
    const left = item.origin ? find(item.origin) : null;
    const right = item.rightOrigin ? find(item.rightOrigin) : null;
    const parentItem = parent instanceof Y.ID ? find(parent) : null;
    if ((item.origin && !left) || (item.rightOrigin && !right) || (parent instanceof Y.ID && !parentItem)) return { kind: 'unresolved' };
    // As in Yjs: next to garbage-collected content, or in a type that no longer exists, an item is discarded.
    if (left?.struct instanceof Y.GC || right?.struct instanceof Y.GC) return { kind: 'void' };
    if (typeof parent === 'string') return { kind: 'placed', parent: rootRef(parent), key: item.parentSub };
    if (parentItem) {
      const ref = typeRefOf(parentItem);
      return ref ? { kind: 'placed', parent: ref, key: item.parentSub } : { kind: 'void' };
    }
    const neighbour = left ?? right;
    if (!neighbour) return { kind: 'void' };
    const struct = neighbour.struct as Y.Item;
    if (neighbour.live) return { kind: 'placed', parent: liveTypeRef(struct.parent as SharedType), key: struct.parentSub };
    return slotOf(struct);
  }

  try {
    const inserts: Placed[] = [];
    for (const list of fresh.values()) {
      for (const struct of list) {
        if (!(struct instanceof Y.Item)) continue;
        // Content the server already holds is skipped by Yjs.
        if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
        const slot = slotOf(struct);
        if (slot.kind === 'unresolved') return { ok: false, reason: 'update depends on unknown content', transient: true };
        if (slot.kind === 'placed') inserts.push({ item: struct, parent: slot.parent, key: slot.key });
      }
    }

    const deletions: Placed[] = [];
    for (const [client, ranges] of ds.clients) {
      const liveEnd = Y.getState(doc.store, client);
      for (const { clock, len } of ranges) {
        if (clock + len > knownEnd(client)) return { ok: false, reason: 'deletes unknown content', transient: true };
        const end = Math.min(clock + len, liveEnd);
        if (clock >= end) continue;
        const list = doc.store.clients.get(client)!;
        for (let i = Y.findIndexSS(list, clock); i < list.length && list[i].id.clock < end; i++) {
          const struct = list[i];
          if (!(struct instanceof Y.Item) || struct.deleted) continue;
          deletions.push({ item: struct, parent: liveTypeRef(struct.parent as SharedType), key: struct.parentSub });
        }
      }
    }
    return { ok: true, inserts, deletions };
  } catch (err) {
    if (err instanceof Unresolved) return { ok: false, reason: err.message, transient: false };
    if (err instanceof RangeError) return { ok: false, reason: 'references nested too deeply', transient: false };
    throw err;
  }
}
