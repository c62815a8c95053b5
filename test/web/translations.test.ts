import fs from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/core/app-error.ts';
import { ApiError } from '../../web/src/api/problem.ts';
import { problemText } from '../../web/src/components/problem-text.ts';
import de from '../../web/src/i18n/de.json' with { type: 'json' };
import en from '../../web/src/i18n/en.json' with { type: 'json' };

type Messages = { [key: string]: string | string[] | Messages };

/** Every text of a message tree with its key, as `a.b.c` (a list's items as `a.b.0`, `a.b.1`). */
function entries(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[prefix + key, value]];
    if (Array.isArray(value)) return value.map((text, index) => [`${prefix}${key}.${index}`, text]);
    return entries(value, `${prefix}${key}.`);
  });
}

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const languages: Record<'de' | 'en', Messages> = { de, en };

describe('the translations', () => {
  it('have the same keys in German and English, none of them empty', () => {
    const keys = (messages: Messages) => entries(messages).map(([key]) => key);
    expect(keys(languages.en).sort()).toEqual(keys(languages.de).sort());
    for (const [language, messages] of Object.entries(languages)) {
      const empty = entries(messages).filter(([, text]) => text.trim() === '');
      expect(empty, language).toEqual([]);
    }
  });

  it('have every key the web app asks for by name', () => {
    const known = new Set(entries(languages.de).map(([key]) => key.replace(/_(zero|one|other)$/, '')));
    const webSource = path.join(import.meta.dirname, '../../web/src');
    const missing = sourceFiles(webSource).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)]
        .map((match) => match[1] as string)
        .filter((key) => !known.has(key))
        .map((key) => `${path.relative(webSource, file)}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('tell the user in words what went wrong for every error code the server sends', async () => {
    for (const [language, messages] of Object.entries(languages)) {
      const i18n = createInstance();
      await i18n.init({ lng: language, resources: { [language]: { translation: messages } } });
      const unknown = i18n.t('problems.unknown');
      const untold = Object.entries(errorCodes)
        .map(([code, status]) => [code, problemText(i18n.t, new ApiError(status, code, 'x'))])
        .filter(([, text]) => text === unknown || text?.startsWith('problems.'))
        .map(([code]) => code);
      expect(untold, language).toEqual([]);
    }
  });
});
