import { queryOptions, useQueries } from '@tanstack/react-query';
import type { ApiClient } from './api-client';
import { useApiClient } from './api-context';
import { htmlToText } from './html-text';

// soft hyphen, zero-width space/joiners, word joiner and BOM: invisible, so a customer reads the word without them
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Compares as the server does: letter case, full-width/half-width forms and invisible characters ignored. */
const normalise = (text: string) => text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();

/**
 * The forbidden words a reply contains, in the order of the list; an HTML reply is read as its text (markup,
 * entities) as the customer will read it.
 */
export function findForbiddenWords(body: string, format: 'HTML' | 'TEXT', words: readonly string[]): string[] {
  const text = normalise(format === 'HTML' ? htmlToText(body) : body);
  return words.filter((word) => {
    const needle = normalise(word);
    return needle !== '' && text.includes(needle);
  });
}

/** A service's forbidden word (금칙어 / 禁則語), as `GET /api/v1/services/{code}/forbidden-words` lists it. */
export interface ForbiddenWord {
  id: string;
  word: string;
  createdBy?: string;
  createdAt?: string;
}

/** The words hold and resolve replies of a service may not contain (the server refuses such a reply). */
export const forbiddenWordsQueryOptions = (client: ApiClient, serviceCode: string) =>
  queryOptions({
    queryKey: ['services', 'one', serviceCode, 'forbidden-words'],
    queryFn: () => client.get<ForbiddenWord[]>(`/api/v1/services/${encodeURIComponent(serviceCode)}/forbidden-words`),
    staleTime: 60_000,
  });

/** The forbidden words of all the services, each once; none while `enabled` is false or until they are read. */
export function useForbiddenWords(serviceCodes: readonly string[], enabled: boolean): string[] {
  const client = useApiClient();
  const lists = useQueries({
    queries: serviceCodes.map((code) => ({ ...forbiddenWordsQueryOptions(client, code), enabled })),
  });
  return [...new Set(lists.flatMap((list) => list.data?.map((w) => w.word) ?? []))];
}
