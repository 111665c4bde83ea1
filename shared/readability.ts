import { flesch } from 'flesch';
import { syllable } from 'syllable';

/** Below this, text meant for parents is too hard for many of them: 60 is "plain English" on the Flesch scale. */
export const PLAIN_ENGLISH_LEVEL = 60;

export interface ReadingEase {
  score: number;
  words: number;
  sentences: number;
}

/**
 * Flesch reading ease of printed text. Each line (a heading, a list item, a table cell) is its own sentence
 * even without a full stop, because that is how a reader takes it in; numbers and dates are not words.
 */
export function readingEase(text: string): ReadingEase {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const line of text.split(/\n+/)) {
    for (const sentence of line.split(/[.!?]+(?:\s|$)/)) {
      const found = sentence.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
      if (found.length === 0) continue;
      sentences += 1;
      words += found.length;
      for (const word of found) syllables += Math.max(1, syllable(word));
    }
  }
  if (words === 0) return { score: 100, words: 0, sentences: 0 };
  const score = flesch({ sentence: sentences, word: words, syllable: syllables });
  return { score: Math.round(score * 10) / 10, words, sentences };
}
