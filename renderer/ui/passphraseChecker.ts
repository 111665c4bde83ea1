import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

let checker: Promise<ZxcvbnFactory> | undefined;

/**
 * zxcvbn's dictionaries are several megabytes, needed only while a passphrase is being chosen: they load
 * on first use, in their own chunk, instead of slowing every start of the app.
 */
export function loadPassphraseChecker(): Promise<ZxcvbnFactory> {
  checker ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, english]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: english.translations,
      }),
  );
  return checker;
}
