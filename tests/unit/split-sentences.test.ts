import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/split-sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(split('One. Two? Three! Four')).toEqual(['One.', 'Two?', 'Three!', 'Four']);
  });

  it('keeps abbreviations and initials inside the sentence', () => {
    expect(split('Dr. Smith and Shirley S. Wang met in the U.S. on Aug. 2. Then they left.')).toEqual([
      'Dr. Smith and Shirley S. Wang met in the U.S. on Aug. 2.', 'Then they left.',
    ]);
  });

  it('ends a sentence after closing quotes', () => {
    expect(split('He said, “It works.” Then he left.')).toEqual(['He said, “It works.”', 'Then he left.']);
  });

  it('treats every line as its own sentence, like a heading', () => {
    expect(split('A heading\nA paragraph. Another one')).toEqual(['A heading', 'A paragraph.', 'Another one']);
  });

  it('trims spaces and skips empty lines', () => {
    expect(split('  one.   \n\n  two  ')).toEqual(['one.', 'two']);
  });
});
