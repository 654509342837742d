import { describe, expect, it } from 'vitest';
import { combineNotes, hasNote, notesFileSchema, parseNoteBlocks } from './notes';

describe('parseNoteBlocks: plain text as paragraphs and bullet lists', () => {
  it('splits paragraphs on blank lines and keeps line breaks inside one', () => {
    expect(parseNoteBlocks('Ask about HBM.\nAnd packaging.\n\n\nThen lunch.')).toEqual([
      { kind: 'paragraph', text: 'Ask about HBM.\nAnd packaging.' },
      { kind: 'paragraph', text: 'Then lunch.' }
    ]);
  });

  it('reads "- ", "* " and "• " lines as one list, an indented line continuing its bullet', () => {
    expect(parseNoteBlocks('Points:\n- HBM share\n* yields\n  at 1b nm\n• capex\nAfter.')).toEqual([
      { kind: 'paragraph', text: 'Points:' },
      { kind: 'list', items: ['HBM share', 'yields at 1b nm', 'capex'] },
      { kind: 'paragraph', text: 'After.' }
    ]);
  });

  it('does not take a hyphenated word or a negative number for a bullet', () => {
    expect(parseNoteBlocks('-5% in Q3\nwell-known')).toEqual([{ kind: 'paragraph', text: '-5% in Q3\nwell-known' }]);
  });

  it('treats markup as text, drops control characters, and reads Windows line ends', () => {
    expect(parseNoteBlocks('<b>bold</b>\u0007\r\n\r\n- [1] not a source')).toEqual([
      { kind: 'paragraph', text: '<b>bold</b>' },
      { kind: 'list', items: ['[1] not a source'] }
    ]);
  });

  it('finds nothing in whitespace or empty bullets', () => {
    expect(parseNoteBlocks('  \n\n\t\n')).toEqual([]);
    expect(hasNote(' \n ')).toBe(false);
    expect(hasNote('x')).toBe(true);
  });
});

describe('combineNotes: an import merged or replacing', () => {
  const mine = { a: 'my a', b: 'my b' };
  const theirs = { b: 'their b', c: 'their c' };

  it('merge: fills empty sections, adds below differing ones, keeps every note', () => {
    const { sections, changed } = combineNotes(mine, theirs, 'merge');
    expect(sections).toEqual({ a: 'my a', b: 'my b\n\ntheir b', c: 'their c' });
    expect(changed.sort()).toEqual(['b', 'c']);
  });

  it('merge: importing the same file twice changes nothing the second time', () => {
    const once = combineNotes(mine, theirs, 'merge').sections;
    expect(combineNotes(once, theirs, 'merge')).toEqual({ sections: once, changed: [] });
  });

  it("replace: the file's notes and no others", () => {
    const { sections, changed } = combineNotes(mine, theirs, 'replace');
    expect(sections).toEqual(theirs);
    expect(changed.sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('the notes file format', () => {
  it('accepts a file and refuses unknown fields, other formats and bad dates', () => {
    const file = {
      format: 'korea-ai-briefing-notes',
      version: 1,
      briefingId: 'x',
      sections: { s: 'hi' },
      updated: '2026-12-02T17:00:00.000Z'
    };
    expect(notesFileSchema.safeParse(file).success).toBe(true);
    expect(notesFileSchema.safeParse({ ...file, extra: 1 }).success).toBe(false);
    expect(notesFileSchema.safeParse({ ...file, format: 'other' }).success).toBe(false);
    expect(notesFileSchema.safeParse({ ...file, version: 2 }).success).toBe(false);
    expect(notesFileSchema.safeParse({ ...file, updated: 'yesterday' }).success).toBe(false);
    expect(notesFileSchema.safeParse({ ...file, sections: { s: 5 } }).success).toBe(false);
  });
});
