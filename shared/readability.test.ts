import { describe, expect, it } from 'vitest';
import { PLAIN_ENGLISH_LEVEL, readingEase } from './readability';

describe('reading ease', () => {
  it('scores short everyday sentences as plain English and official prose as hard', () => {
    const plain = readingEase(
      'We will meet again in March. Zo will have breakfast at home. Mum will set an alarm.',
    );
    expect(plain.sentences).toBe(3);
    expect(plain.score).toBeGreaterThan(80);
    const official = readingEase(
      'The multi-agency intervention facilitates comprehensive safeguarding considerations regarding the ' +
        'educational attainment and psychological wellbeing of the identified individual.',
    );
    expect(official.score).toBeLessThan(PLAIN_ENGLISH_LEVEL);
  });

  it('reads each line as a sentence and ignores numbers', () => {
    expect(readingEase('What we are working on\nWho will do what\n24/02/2027')).toMatchObject({
      sentences: 2,
      words: 9,
    });
    expect(readingEase('')).toEqual({ score: 100, words: 0, sentences: 0 });
  });
});
