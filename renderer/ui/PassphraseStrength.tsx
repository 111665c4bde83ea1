import { useEffect, useState } from 'react';
import { loadPassphraseChecker } from './passphraseChecker';

interface Strength {
  passphrase: string;
  level: 0 | 1 | 2 | 3;
  advice: string;
}

const labels = ['', 'Weak', 'Fair', 'Strong'] as const;

interface PassphraseStrengthProps {
  id: string;
  passphrase: string;
  /** Words a guesser would try first for this vault: the school's and the worker's names. */
  personalWords: string[];
}

/** How hard the passphrase is to guess, in a word and a bar; the word carries the meaning, not the colour. */
export function PassphraseStrength({ id, passphrase, personalWords }: PassphraseStrengthProps) {
  const [strength, setStrength] = useState<Strength | null>(null);
  const wordsKey = personalWords.join('\n');

  useEffect(() => {
    if (!passphrase) return undefined;
    let current = true;
    void loadPassphraseChecker().then((checker) => {
      if (!current) return;
      const result = checker.check(passphrase, wordsKey.split('\n').filter(Boolean));
      setStrength({
        passphrase,
        level: result.score <= 1 ? 1 : result.score === 2 ? 2 : 3,
        advice: result.feedback.warning ?? result.feedback.suggestions[0] ?? '',
      });
    });
    return () => {
      current = false;
    };
  }, [passphrase, wordsKey]);

  const shown = passphrase && strength ? strength : null;
  return (
    <div id={id} className="strength">
      <div className={`strength-bar strength-bar--${shown?.level ?? 0}`} aria-hidden="true">
        <span />
      </div>
      <p className="strength-label" aria-live="polite">
        Strength: <strong>{shown ? labels[shown.level] : 'not typed yet'}</strong>
        {shown?.advice ? ` — ${shown.advice}` : ''}
      </p>
    </div>
  );
}
