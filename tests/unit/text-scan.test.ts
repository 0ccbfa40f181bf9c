/** The sentinel's reading of a page: in idle slices with a time budget, lossless, stopping at the first health word. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanForHealthText, type Scheduler } from '../../src/content/text-scan';

/** A scheduler whose clock moves 0.5 ms per look, and whose idle callbacks run when `drain()` asks. */
function fakeScheduler() {
  const waiting: Array<() => void> = [];
  let clock = 0;
  let slices = 0;
  const scheduler: Scheduler = { idle: (work) => waiting.push(work), now: () => (clock += 0.5) };
  return {
    scheduler,
    get slices() { return slices; },
    drain() {
      while (waiting.length) {
        slices++;
        waiting.shift()!();
      }
    },
  };
}

const everyday = (n: number) => Array.from({ length: n }, (_, i) => `<p>The parish council repainted bench number ${i} near the harbour.</p>`).join('');

describe('scanForHealthText', () => {
  it('finds nothing on a page without health words, reading it in several idle slices', () => {
    const { document } = parseHTML(`<html><body>${everyday(5000)}</body></html>`);
    const idle = fakeScheduler();
    let found = 0;
    scanForHealthText(() => found++, idle.scheduler).add([document.body]);
    expect(idle.slices).toBe(0); // nothing runs until the page is idle
    idle.drain();
    expect(found).toBe(0);
    expect(idle.slices).toBeGreaterThan(1);
  });

  it('finds a health word wherever it is, once, even split between two text nodes or at a piece boundary', () => {
    for (const html of [
      `${everyday(3000)}<p>I take a magnesium supplement at night.</p>${everyday(10)}`,
      `${everyday(200)}<p>Two <b>supple</b>ments a day.</p>`,
      `<p>${' '.repeat(8190)}supp<i>lement</i></p>`,
    ]) {
      const { document } = parseHTML(`<html><body>${html}</body></html>`);
      const idle = fakeScheduler();
      let found = 0;
      const scan = scanForHealthText(() => found++, idle.scheduler);
      scan.add([document.body]);
      idle.drain();
      scan.add([document.body]); // after it was found, more text starts no more reading
      idle.drain();
      expect(found).toBe(1);
    }
  });

  it('reads text that arrives later, including a lone changed text node', () => {
    const { document } = parseHTML(`<html><body>${everyday(20)}</body></html>`);
    const idle = fakeScheduler();
    let found = 0;
    const scan = scanForHealthText(() => found++, idle.scheduler);
    scan.add([document.body]);
    idle.drain();
    expect(found).toBe(0);
    const p = document.createElement('p');
    p.textContent = 'short';
    document.body.append(p);
    scan.add([p]);
    idle.drain();
    expect(found).toBe(0);
    p.firstChild!.nodeValue = 'Ask your pharmacist';
    scan.add([p.firstChild!]);
    idle.drain();
    expect(found).toBe(1);
  });

  it('reads no further than a million characters into one node', () => {
    const { document } = parseHTML(`<html><body><pre>${'a'.repeat(1_000_000)} supplement</pre><p>nothing</p></body></html>`);
    const idle = fakeScheduler();
    let found = 0;
    scanForHealthText(() => found++, idle.scheduler).add([document.body]);
    idle.drain();
    expect(found).toBe(0);
  });
});
