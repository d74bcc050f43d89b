import { describe, expect, it } from 'vitest';
import { reportQueue } from '../../../src/content/report-queue';

/** A hand-driven clock and timer list: the queue's behaviour over time without waiting. */
function clock() {
  let t = 0;
  const timers: { at: number; work: () => void }[] = [];
  return {
    now: () => t,
    setTimer: (work: () => void, ms: number) => void timers.push({ at: t + ms, work }),
    advance(ms: number) {
      const end = t + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        t = next.at;
        next.work();
      }
      t = end;
    },
  };
}

describe('report queue (content → background)', () => {
  it('one real error is sent once, in the next task (texts pushed in one task travel together)', () => {
    const c = clock();
    const sent: string[][] = [];
    const q = reportQueue<{ text: string }>((b) => sent.push(b.map((r) => r.text)), c);
    q.push([{ text: '账号或密码错误' }]);
    q.push([{ text: '验证码错误' }]);
    expect(sent).toEqual([]);
    c.advance(0);
    expect(sent).toEqual([['账号或密码错误', '验证码错误']]);
    c.advance(1_000);
    expect(sent).toHaveLength(1);
  });

  it('10,000 forged texts in a burst become a handful of bounded messages, identical texts once', () => {
    const c = clock();
    const sent: string[][] = [];
    const q = reportQueue<{ text: string }>((b) => sent.push(b.map((r) => r.text)), c);
    for (let i = 0; i < 10_000; i++) q.push([{ text: `伪造 ${i % 50}` }, { text: '账号或密码错误' }]);
    expect(q.waiting()).toBeLessThanOrEqual(20);
    c.advance(10_000);
    expect(sent.length).toBeLessThanOrEqual(2);
    expect(sent.every((batch) => batch.length <= 20 && new Set(batch).size === batch.length)).toBe(true);
  });

  it('a page that keeps making errors gets a burst of 4 sends, then one per 500 ms', () => {
    const c = clock();
    let sends = 0;
    const q = reportQueue<{ text: string }>(() => void sends++, c);
    for (let ms = 0; ms < 5_000; ms += 5) {
      q.push([{ text: `错误 ${ms}` }]);
      c.advance(5);
    }
    c.advance(1_000);
    expect(sends).toBeGreaterThanOrEqual(10);
    expect(sends).toBeLessThanOrEqual(4 + 5_000 / 500 + 2);
    // the same failure again later is a new report (a second wrong password)
    const before = sends;
    q.push([{ text: '错误 0' }]);
    c.advance(600);
    expect(sends).toBe(before + 1);
  });

  it("with the real timers, the first send goes when the pushing script ends, before any task (a push from an animation frame is not held past the page's paint)", async () => {
    const sent: string[][] = [];
    const order: string[] = [];
    const q = reportQueue<{ text: string }>((b) => {
      sent.push(b.map((r) => r.text));
      order.push('sent');
    });
    setTimeout(() => order.push('task'), 0);
    q.push([{ text: '账号或密码错误' }]);
    q.push([{ text: '验证码错误' }]);
    expect(sent).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sent).toEqual([['账号或密码错误', '验证码错误']]);
    expect(order).toEqual(['sent', 'task']);
  });
});
