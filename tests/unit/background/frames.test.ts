import { describe, expect, it } from 'vitest';
import { adoptsRecognition, isSubframe } from '../../../src/background/frames';
import type { Recognition } from '../../../src/core/recognise';

const recognition = (parts: Partial<Recognition>): Recognition =>
  ({
    portal: null,
    unlistedGovernment: false,
    trust: 'government',
    isLoginPage: false,
    modes: [],
    activeMode: null,
    step: null,
    loggedIn: false,
    ...parts,
  }) as Recognition;
const top = { frameId: 0, tab: { id: 1 } } as never;
const frame = { frameId: 5, tab: { id: 1 } } as never;

describe('frames join their tab', () => {
  it('tells a sub-frame from the top frame', () => {
    expect(isSubframe(top)).toBe(false);
    expect(isSubframe(frame)).toBe(true);
  });

  it("adopts the top frame's recognition always, a sub-frame's only for a login or logged-in page", () => {
    expect(adoptsRecognition(top, recognition({}))).toBe(true);
    expect(adoptsRecognition(frame, recognition({}))).toBe(false);
    expect(adoptsRecognition(frame, recognition({ isLoginPage: true }))).toBe(true);
    expect(adoptsRecognition(frame, recognition({ loggedIn: true }))).toBe(true);
  });
});
