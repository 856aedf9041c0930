import { folderCounterparts } from './fileLanguage';

/** How two files' places in their trees agree: the same folder (or its counterpart), or sibling folders under counterpart parents. */
export type TreePosition = 'folder' | 'sibling' | 'none';

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function depthOf(dir: string): number {
  return dir === '' ? 0 : dir.split('/').length;
}

/**
 * Which English folder is which French folder, learned from the pairs already made: the
 * folders of `en/components/button/code.md` ↔ `fr/composants/bouton/code.md` and their parents,
 * level by level. A folder corresponds to another when most of its pairs (and most of the
 * other's) lead there; a folder whose pairs go everywhere corresponds to none.
 */
export class FolderCorrespondence {
  private readonly enToFr = new Map<string, string>();
  private readonly frToEn = new Map<string, string>();

  constructor(pairs: ReadonlyArray<{ en: string; fr: string }>) {
    const votes = { en: new Map<string, Map<string, number>>(), fr: new Map<string, Map<string, number>>() };
    const vote = (side: Map<string, Map<string, number>>, a: string, b: string) => {
      const inner = side.get(a) ?? new Map<string, number>();
      inner.set(b, (inner.get(b) ?? 0) + 1);
      side.set(a, inner);
    };
    for (const p of pairs) {
      let a = dirOf(p.en);
      let b = dirOf(p.fr);
      for (;;) {
        vote(votes.en, a, b);
        vote(votes.fr, b, a);
        if (a === '' || b === '') break;
        a = dirOf(a);
        b = dirOf(b);
      }
    }
    const majority = (inner: Map<string, number>): string | undefined => {
      let total = 0;
      let best: [string, number] | undefined;
      for (const [k, n] of inner) {
        total += n;
        if (!best || n > best[1]) best = [k, n];
      }
      return best && best[1] * 2 > total ? best[0] : undefined;
    };
    for (const [en, inner] of votes.en) {
      const fr = majority(inner);
      if (fr === undefined) continue;
      const back = votes.fr.get(fr);
      if (back && majority(back) === en) {
        this.enToFr.set(en, fr);
        this.frToEn.set(fr, en);
      }
    }
  }

  /** The two folders hold the same pages: the same folder, `en`↔`fr` segments swapped, or learned. */
  corresponds(enDir: string, frDir: string): boolean {
    if (this.enToFr.has(enDir) || this.frToEn.has(frDir)) return this.enToFr.get(enDir) === frDir;
    return enDir === frDir || folderCounterparts(enDir + '/x', 'fr').includes(frDir + '/x');
  }

  /** Whether a folder is already known to correspond to some folder. */
  private matched(dir: string, side: 'en' | 'fr'): boolean {
    return (side === 'en' ? this.enToFr : this.frToEn).has(dir);
  }

  position(en: string, fr: string): TreePosition {
    const a = dirOf(en);
    const b = dirOf(fr);
    if (this.corresponds(a, b)) return 'folder';
    // Two folders nobody paired yet, side by side under counterpart parents (a new section).
    if (a !== '' && b !== '' && depthOf(a) === depthOf(b) && !this.matched(a, 'en') && !this.matched(b, 'fr') && this.corresponds(dirOf(a), dirOf(b))) return 'sibling';
    return 'none';
  }
}
