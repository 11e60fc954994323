import { describe, expect, it } from 'vitest';
import { chordLabel, isMacPlatform, matchShortcut, SHORTCUTS, type KeyStroke } from './shortcutMap.ts';

const stroke = (key: string, mods: Partial<Omit<KeyStroke, 'key'>> = {}): KeyStroke => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('matchShortcut', () => {
  it.each([
    [stroke('z', { ctrlKey: true }), false, 'undo'],
    [stroke('Z', { ctrlKey: true, shiftKey: true }), false, 'redo'],
    [stroke('y', { ctrlKey: true }), false, 'redo'],
    [stroke('z', { metaKey: true }), true, 'undo'],
    [stroke('z', { metaKey: true, shiftKey: true }), true, 'redo'],
    [stroke('Delete'), false, 'delete'],
    [stroke('Backspace'), true, 'delete'],
    [stroke('d', { ctrlKey: true }), false, 'duplicate'],
    [stroke('c', { ctrlKey: true }), false, 'copy'],
    [stroke('v', { metaKey: true }), true, 'paste'],
    [stroke('a', { ctrlKey: true }), false, 'select-all'],
    [stroke('F2'), false, 'rename'],
    [stroke('c'), false, 'connect'],
    [stroke('?', { shiftKey: true }), false, 'help'],
    [stroke('!', { shiftKey: true }), false, 'fit-view'],
    [stroke('f', { ctrlKey: true }), false, 'find'],
    [stroke('/'), false, 'find'],
    [stroke('ArrowLeft'), false, 'nudge-left'],
    [stroke('Escape'), false, 'clear-selection'],
  ] as const)('%o (mac: %s) is %s', (s, mac, action) => {
    expect(matchShortcut(s, mac)?.action).toBe(action);
  });

  it.each([
    [stroke('z'), false],
    [stroke('z', { metaKey: true }), false], // Cmd is not the modifier off macOS
    [stroke('z', { ctrlKey: true }), true], // nor Ctrl on macOS
    [stroke('d', { ctrlKey: true, altKey: true }), false],
    [stroke('q'), false],
  ] as const)('%o (mac: %s) is nothing', (s, mac) => {
    expect(matchShortcut(s, mac)).toBeNull();
  });

  it('gives every chord to one action only', () => {
    const seen = new Map<string, string>();
    for (const s of SHORTCUTS) {
      for (const c of s.chords) {
        const key = `${c.key.toLowerCase()}|${!!c.mod}|${!!c.shift}|${!!c.alt}`;
        expect(seen.get(key), key).toBeUndefined();
        seen.set(key, s.action);
      }
    }
  });
});

describe('chordLabel', () => {
  it('writes chords the way each platform does', () => {
    expect(chordLabel({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(chordLabel({ key: 'z', mod: true, shift: true }, true)).toBe('⌘⇧Z');
    expect(chordLabel({ key: 'ArrowUp' }, false)).toBe('↑');
    expect(chordLabel({ key: '!', shift: true, display: 'Shift+1' }, false)).toBe('Shift+1');
    expect(chordLabel({ key: '?' }, false)).toBe('?');
  });

  it('tells macOS from the rest', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
