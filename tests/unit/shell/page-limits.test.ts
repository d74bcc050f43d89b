import { describe, expect, it } from 'vitest';
import { COLLECT_LIMITS, MESSAGE_MAX_TEXT, SNAPSHOT_BOUNDS } from '../../../src/core/page-limits';
import { PageMessageSchema, PageSnapshotSchema } from '../../../src/shared/messages';
import { emptySnapshot } from '../../../src/core/snapshot';

describe('page limits: one source', () => {
  it('the collector gathers no more than the schema accepts', () => {
    const pairs: [number, number][] = [
      [COLLECT_LIMITS.fields, SNAPSHOT_BOUNDS.fields],
      [COLLECT_LIMITS.buttons, SNAPSHOT_BOUNDS.buttons],
      [COLLECT_LIMITS.tabs, SNAPSHOT_BOUNDS.tabs],
      [COLLECT_LIMITS.dialogs, SNAPSHOT_BOUNDS.dialogs],
      [COLLECT_LIMITS.dialog, SNAPSHOT_BOUNDS.dialog],
      [COLLECT_LIMITS.text, SNAPSHOT_BOUNDS.text],
      [COLLECT_LIMITS.label, SNAPSHOT_BOUNDS.label],
      [COLLECT_LIMITS.button, SNAPSHOT_BOUNDS.label],
      [COLLECT_LIMITS.tab, SNAPSHOT_BOUNDS.label],
      [COLLECT_LIMITS.caNames, SNAPSHOT_BOUNDS.caMarkers],
      [COLLECT_LIMITS.scripts, COLLECT_LIMITS.caNames],
    ];
    expect(pairs.filter(([collected, accepted]) => collected > accepted)).toEqual([]);
  });

  it('the schema refuses one item over each bound and accepts the bound itself', () => {
    const at = (n: number) => ({
      ...emptySnapshot('https://a.gov.cn/'),
      buttons: Array.from({ length: n }, () => 'x'),
    });
    expect(PageSnapshotSchema.safeParse(at(SNAPSHOT_BOUNDS.buttons)).success).toBe(true);
    expect(PageSnapshotSchema.safeParse(at(SNAPSHOT_BOUNDS.buttons + 1)).success).toBe(false);
    const text = (n: number) => ({ ...emptySnapshot('https://a.gov.cn/'), text: 'x'.repeat(n) });
    expect(PageSnapshotSchema.safeParse(text(SNAPSHOT_BOUNDS.text)).success).toBe(true);
    expect(PageSnapshotSchema.safeParse(text(SNAPSHOT_BOUNDS.text + 1)).success).toBe(false);
    const message = (n: number) => ({ text: 'x'.repeat(n), surface: 'toast' });
    expect(PageMessageSchema.safeParse(message(MESSAGE_MAX_TEXT)).success).toBe(true);
    expect(PageMessageSchema.safeParse(message(MESSAGE_MAX_TEXT + 1)).success).toBe(false);
  });
});
